package dev.autocaption.inference.training;

/**
 * One training step's input, batch-major: {@code size} images ({@code [size, S, S, 3]} floats) and, per image, one
 * caption as {@code timeSteps} input word ids (starting with {@code <S>}), the {@code timeSteps} target ids (the
 * same caption shifted by one, ending with {@code </S>}) and a mask that is 1 where a target is real and 0 on
 * padding.
 */
record Batch(int size, int timeSteps, float[] images, int[] inputs, int[] targets, float[] mask) {
    Batch {
        int words = size * timeSteps;
        if (inputs.length != words || targets.length != words || mask.length != words) {
            throw new IllegalArgumentException("a batch of " + size + " x " + timeSteps + " needs " + words
                    + " ids and mask values, had " + inputs.length + "/" + targets.length + "/" + mask.length);
        }
    }
}
