package dev.autocaption.inference.showandtell;

import dev.autocaption.config.Device;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.vocabulary.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * A word-counts file of {@code lines} entries shaped like im2txt's: {@code a}, {@code <S>}, {@code </S>}, then
     * {@code word3}, {@code word4}, ... with falling counts. The published vocabulary has 11,519 lines for its
     * 12,000 logits.
     *
     * @param lines at least 3
     */
    public static List<String> placeholderVocabulary(int lines) {
        if (lines < 3) {
            throw new IllegalArgumentException("a vocabulary needs a, <S> and </S>, so at least 3 lines, was " + lines);
        }
        List<String> out = new ArrayList<>(lines);
        out.add("a 1000000");
        out.add("<S> 900000");
        out.add("</S> 900000");
        for (int i = 3; i < lines; i++) {
            out.add("word" + i + " " + (lines - i));
        }
        return out;
    }

    /** A small architecture (Inception v3 at 75×75, depth × 0.05, tiny LSTM) for fast tests. */
    public static Architecture tiny(int vocabSize) {
        return new Architecture(new EncoderSpec(EncoderSpec.INCEPTION_V3, 75, 87, 0.05, 2), 8, 6, vocabSize);
    }
}
