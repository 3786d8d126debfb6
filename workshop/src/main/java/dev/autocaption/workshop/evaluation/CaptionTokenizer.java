package dev.autocaption.workshop.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simplified stand-in for coco-caption's {@code PTBTokenizer} (Stanford PTBTokenizer with {@code -lowerCase},
 * then its punctuation tokens removed). What it does: lowercase; every character that is not a letter, digit,
 * apostrophe or hyphen separates words and is dropped; quotes and dashes at the edges of a word are dropped;
 * the clitics {@code 's 're 'll 've 'm 'd n't} become their own tokens, as PTB splits them; hyphens inside a word
 * stay ({@code t-shirt}), as PTB keeps them. Where it differs from PTB: symbols PTB keeps as tokens ({@code & $ %
 * / #}) are dropped, and abbreviations such as {@code u.s.} split into letters. Captions written by the scene
 * generator are already in this form (lowercase words, single spaces) and pass through unchanged.
 * Thread-safe.
 */
public final class CaptionTokenizer {
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}'\\-]+");
    private static final Pattern CLITIC = Pattern.compile("(.+?)('s|'re|'ll|'ve|'m|'d|n't)");

    private CaptionTokenizer() {
    }

    public static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        for (String raw : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            String word = trimEdges(raw);
            if (word.isEmpty()) {
                continue;
            }
            Matcher clitic = CLITIC.matcher(word);
            if (clitic.matches()) {
                tokens.add(clitic.group(1));
                tokens.add(clitic.group(2));
            } else {
                tokens.add(word);
            }
        }
        return tokens;
    }

    /** The tokens joined by single spaces: the form the scorers split on. */
    public static String normalize(String text) {
        return String.join(" ", tokenize(text));
    }

    private static String trimEdges(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && isEdge(word.charAt(start))) {
            start++;
        }
        while (end > start && isEdge(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    private static boolean isEdge(char c) {
        return c == '\'' || c == '-';
    }
}
