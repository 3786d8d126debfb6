package dev.autocaption.inference.vocabulary;

import dev.autocaption.inference.CaptioningException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An im2txt vocabulary: the word on line {@code i} of {@code word_counts.txt} has id {@code i}; {@code <S>} and
 * {@code </S>} are looked up by name (never assumed to be 1 and 2); {@code <UNK>} is appended when absent, so the
 * unknown id is usually {@link #size()} minus one, and every id at or above the word list maps to {@code <UNK>}.
 *
 * <p>Both published file formats load: plain {@code a 969108} lines and the Python-3 {@code b'a' 969108} form
 * (see {@link WordCountsLine}). Immutable and thread-safe.
 */
public final class Vocabulary {
    public static final String START_WORD = "<S>";
    public static final String END_WORD = "</S>";
    public static final String UNKNOWN_WORD = "<UNK>";

    private final List<String> words;
    private final Map<String, Integer> ids;
    private final int startId;
    private final int endId;
    private final int unknownId;

    private Vocabulary(List<String> words, Map<String, Integer> ids) {
        this.words = List.copyOf(words);
        this.ids = Map.copyOf(ids);
        this.startId = ids.get(START_WORD);
        this.endId = ids.get(END_WORD);
        this.unknownId = ids.get(UNKNOWN_WORD);
    }

    /**
     * Reads a {@code word_counts.txt}.
     *
     * @throws CaptioningException when the file cannot be read, a line has no word, or {@code <S>}/{@code </S>} is
     *                             missing (the message says which, and the file)
     */
    public static Vocabulary load(Path file) throws CaptioningException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CaptioningException("cannot read vocabulary " + file + ": " + e.getMessage(), e);
        }
        return fromLines(file.toString(), lines);
    }

    /** Builds a vocabulary from the lines of a word-counts file; {@code source} names it in errors. */
    public static Vocabulary fromLines(String source, List<String> lines) throws CaptioningException {
        List<String> words = new ArrayList<>(lines.size() + 1);
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String word = WordCountsLine.word(source, i + 1, lines.get(i));
            ids.putIfAbsent(word, words.size());
            words.add(word);
        }
        if (words.isEmpty()) {
            throw new CaptioningException("vocabulary " + source + " is empty; expected word_counts.txt lines "
                    + "like 'a 969108'");
        }
        requirePresent(source, ids, START_WORD, words);
        requirePresent(source, ids, END_WORD, words);
        if (!ids.containsKey(UNKNOWN_WORD)) {
            ids.put(UNKNOWN_WORD, words.size());
            words.add(UNKNOWN_WORD);
        }
        return new Vocabulary(words, ids);
    }

    private static void requirePresent(String source, Map<String, Integer> ids, String word, List<String> words)
            throws CaptioningException {
        if (!ids.containsKey(word)) {
            throw new CaptioningException("vocabulary " + source + " has no " + word + " line (" + words.size()
                    + " words, first: " + String.join(" ", words.subList(0, Math.min(5, words.size())))
                    + "); expected the word_counts.txt written with the checkpoint");
        }
    }

    /** Number of ids, {@code <UNK>} included (11,520 for the published im2txt vocabulary). */
    public int size() {
        return words.size();
    }

    public int startId() {
        return startId;
    }

    public int endId() {
        return endId;
    }

    public int unknownId() {
        return unknownId;
    }

    /** The id of {@code word}, or {@link #unknownId()} when the vocabulary does not have it. */
    public int id(String word) {
        return ids.getOrDefault(word, unknownId);
    }

    /** The word for {@code id}; {@code <UNK>} for any id at or beyond the word list (the model has spare rows). */
    public String word(int id) {
        if (id < 0) {
            throw new IllegalArgumentException("word id must not be negative, was " + id);
        }
        return id < words.size() ? words.get(id) : UNKNOWN_WORD;
    }

    @Override
    public String toString() {
        return "Vocabulary[size=" + size() + ", start=" + startId + ", end=" + endId + ", unknown=" + unknownId + "]";
    }
}
