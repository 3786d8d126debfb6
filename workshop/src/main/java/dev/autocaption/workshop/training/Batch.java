package dev.autocaption.workshop.training;

/**
 * One training step's input, batch-major: {@code size} images ({@code [size, S, S, 3]} floats) and, per image, one
 * caption as {@code timeSteps} input word ids (starting with {@code <S>}), the {@code timeSteps} target ids (the
 * same caption shifted by one, ending with {@code </S>}) and a mask that is 1 where a target is real and 0 on
 * padding; plus, per image, the distribution of words over all its captions ({@code [size, vocab]}, summing to
 * 1), the target of the encoder's auxiliary bag-of-words loss.
 */
record Batch(int size, int timeSteps, float[] images, int[] inputs, int[] targets, float[] mask, float[] words) {
    Batch {
        int ids = size * timeSteps;
        if (inputs.length != ids || targets.length != ids || mask.length != ids) {
            throw new IllegalArgumentException("a batch of " + size + " x " + timeSteps + " needs " + ids
                    + " ids and mask values, had " + inputs.length + "/" + targets.length + "/" + mask.length);
        }
    }
}
