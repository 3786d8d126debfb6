package dev.autocaption.workshop.training;

import dev.autocaption.inference.showandtell.Architecture;
import dev.autocaption.inference.showandtell.EncoderSpec;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link Trainer#train} does. The vocabulary size is not a setting: it follows from the data
 * ({@code minWordCount}), and the architecture's {@code vocabSize} is set to it.
 *
 * @param data            a COCO-format data set: a directory with {@code captions.json} and the images
 * @param out             the model directory to write (created; resumed when it holds an earlier run of these
 *                        settings)
 * @param steps           total optimiser steps (a resumed run continues up to this number)
 * @param batchSize       captions per step
 * @param learningRate    Adam's learning rate
 * @param encoder         the image encoder (scaled-down Inception v3 for CPU training)
 * @param embeddingSize   image and word embedding width
 * @param lstmUnits       LSTM size
 * @param maxCaptionWords captions are cut to this many words (plus the start and end tokens)
 * @param minWordCount    words seen fewer times become {@code <UNK>} (im2txt: 4)
 * @param seed            seeds the initial weights and the batch order
 * @param checkpointEvery steps between checkpoints (a checkpoint is always written at the end)
 * @param modelName       the name in {@code model.json}, first part of the model id
 */
public record TrainingOptions(Path data, Path out, int steps, int batchSize, float learningRate, EncoderSpec encoder,
        int embeddingSize, int lstmUnits, int maxCaptionWords, int minWordCount, long seed, int checkpointEvery,
        String modelName) {
    public TrainingOptions {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(encoder, "encoder");
        Objects.requireNonNull(modelName, "modelName");
        requireRange("steps", steps, 1, 100_000_000);
        requireRange("batchSize", batchSize, 1, 4096);
        requireRange("embeddingSize", embeddingSize, 1, 4096);
        requireRange("lstmUnits", lstmUnits, 1, 4096);
        requireRange("maxCaptionWords", maxCaptionWords, 1, 200);
        requireRange("minWordCount", minWordCount, 1, 1_000_000);
        requireRange("checkpointEvery", checkpointEvery, 1, 100_000_000);
        if (!(learningRate > 0 && learningRate < 1)) {
            throw new IllegalArgumentException("learningRate must be in (0, 1), was " + learningRate);
        }
        if (!modelName.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("modelName must be 1-64 letters, digits, '.', '_' or '-', was '"
                    + modelName + "'");
        }
    }

    /** The encoder the demo model uses: Inception v3 at 1/8 depth (min 8) on images resized to 96×96 (no crop). */
    public static EncoderSpec demoEncoder() {
        return new EncoderSpec(EncoderSpec.INCEPTION_V3, 96, 96, 0.125, 8);
    }

    /** The demo model's settings for {@code data} → {@code out}; the CLI overrides what the user gives. */
    public static TrainingOptions defaults(Path data, Path out) {
        return new TrainingOptions(data, out, 7000, 32, 0.002f, demoEncoder(), 128, 256, 24, 4, 1L, 500,
                "demo-scenes");
    }

    /** The architecture for a vocabulary of {@code vocabSize} ids ({@code <UNK>} included). */
    public Architecture architecture(int vocabSize) {
        return new Architecture(encoder, embeddingSize, lstmUnits, vocabSize);
    }

    public TrainingOptions withSteps(int newSteps) {
        return new TrainingOptions(data, out, newSteps, batchSize, learningRate, encoder, embeddingSize, lstmUnits,
                maxCaptionWords, minWordCount, seed, checkpointEvery, modelName);
    }

    private static void requireRange(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
        }
    }
}
