package dev.autocaption.workshop.training;

import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.vocabulary.Vocabulary;
import dev.autocaption.workshop.evaluation.CaptionTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code word_counts.txt} of a training set, built the way im2txt's {@code build_mscoco_data.py} does: tokenise
 * every caption, count words, keep those seen at least {@code minCount} times, most frequent first (ties in
 * alphabetical order, so the file is deterministic), with {@code <S>} and {@code </S>} counted once per caption.
 * {@link Vocabulary} appends {@code <UNK>} when it reads the file.
 *
 * @param lines the file's lines, {@code "word count"}
 */
record WordCounts(List<String> lines) {
    WordCounts {
        lines = List.copyOf(lines);
    }

    static WordCounts of(Collection<List<String>> tokenizedCaptions, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> caption : tokenizedCaptions) {
            counts.merge(Vocabulary.START_WORD, 1, Integer::sum);
            counts.merge(Vocabulary.END_WORD, 1, Integer::sum);
            caption.forEach(w -> counts.merge(w, 1, Integer::sum));
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>(counts.entrySet().stream()
                .filter(e -> e.getValue() >= minCount).toList());
        kept.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        return new WordCounts(kept.stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    /** Tokenises a caption the way the metrics do. */
    static List<String> tokens(String caption) {
        return CaptionTokenizer.tokenize(caption);
    }

    Vocabulary vocabulary() throws CaptioningException {
        return Vocabulary.fromLines("training word counts", lines);
    }

    void write(Path file) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
