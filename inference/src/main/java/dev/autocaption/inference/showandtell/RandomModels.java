package dev.autocaption.inference.showandtell;

import dev.autocaption.config.Device;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.vocabulary.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes complete model directories with random weights of an architecture's real shapes (see
 * {@link ShowAndTellModel#withRandomWeights}): a V2 checkpoint {@code model.ckpt-0}, {@code word_counts.txt} and
 * {@code model.json}. For the benchmark and for tests outside this module; the captions are meaningless.
 */
public final class RandomModels {
    public static final String CHECKPOINT = "model.ckpt-0";

    private RandomModels() {
    }

    /**
     * @param vocabularyLines word-counts lines; must contain {@code <S>} and {@code </S>} and fit
     *                        {@code architecture.vocabSize()}
     * @return {@code dir}
     */
    public static Path write(Path dir, String name, Architecture architecture, List<String> vocabularyLines,
            long seed) throws CaptioningException, IOException {
        Vocabulary vocabulary = Vocabulary.fromLines(name + " vocabulary", vocabularyLines);
        Files.createDirectories(dir);
        try (ShowAndTellModel model = ShowAndTellModel.withRandomWeights(architecture,
                new SessionSettings(Device.CPU, 0, 0), 1, seed, vocabulary.startId())) {
            model.save(dir.toAbsolutePath().resolve(CHECKPOINT));
        }
        Files.write(dir.resolve(ModelDirectory.DEFAULT_VOCABULARY), vocabularyLines);
        ModelDirectory.write(dir, new ModelJson(ModelJson.ENGINE, name, architecture, CHECKPOINT,
                ModelDirectory.DEFAULT_VOCABULARY));
        return dir;
    }

    /** A small architecture (Inception v3 at 75×75, depth × 0.05, tiny LSTM) for fast tests. */
    public static Architecture tiny(int vocabSize) {
        return new Architecture(new EncoderSpec(EncoderSpec.INCEPTION_V3, 75, 87, 0.05, 2), 8, 6, vocabSize);
    }
}
