package dev.autocaption.bot.filter;

import java.util.Locale;

/**
 * Hedged wording for captions the filter is not sure of ({@code filter.hedge-middle-band}): "A dog on a beach."
 * becomes "May show a dog on a beach.". The first letter is lowered only when the first word is an ordinary
 * capitalised word ("A", "Two"), not an acronym or a mixed-case name ("TV", "iPhone") or "I". Captions that already
 * hedge ("May be an image of …", the detector's wording; "May show …") are kept as they are. Pure.
 */
public final class Hedging {
    /** What a hedged caption starts with. */
    public static final String PREFIX = "May show ";

    private Hedging() {
    }

    /** The caption in hedged wording; blank or already hedged captions unchanged (only stripped). */
    public static String hedge(String caption) {
        String text = caption.strip();
        if (text.isEmpty() || alreadyHedged(text)) {
            return text;
        }
        return PREFIX + lowerFirst(text);
    }

    static boolean alreadyHedged(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("may be ") || lower.startsWith("may show ");
    }

    private static String lowerFirst(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String word = text.substring(0, end);
        int first = word.codePointAt(0);
        boolean ordinary = Character.isUpperCase(first) && !word.equals("I") && !word.startsWith("I'")
                && word.codePoints().skip(1).noneMatch(Character::isUpperCase);
        if (!ordinary) {
            return text;
        }
        return new StringBuilder(text.length()).appendCodePoint(Character.toLowerCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }
}
