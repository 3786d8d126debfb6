package dev.autocaption.bot.approval;

import dev.autocaption.config.ClosestKey;
import java.util.List;
import java.util.Locale;

/**
 * The words a person decides with ({@code approve}, {@code reject} and their spellings), and the rules that keep
 * a misspelt one from being posted as a caption: free text is only taken in an explicit form, and a single word
 * that is, or nearly is, a decision word is never caption text. Shared by the approvals file and
 * {@code autocaption edit}. Stateless.
 */
public final class DecisionWords {
    private static final List<String> APPROVE = List.of("approve", "approved", "yes");
    private static final List<String> REJECT = List.of("reject", "rejected", "no");
    private static final List<String> ALL = List.of("approve", "approved", "yes", "reject", "rejected", "no",
            "edit");

    private DecisionWords() {
    }

    /** True for approve, approved and yes, in any case. */
    static boolean isApprove(String text) {
        return APPROVE.contains(normalise(text));
    }

    /** True for reject, rejected and no, in any case. */
    static boolean isReject(String text) {
        return REJECT.contains(normalise(text));
    }

    /**
     * The decision a word that is not one was probably meant to be ({@code aprove} → {@code approve},
     * {@code rejcet} → {@code reject}), or null when it is not close to any decision word.
     */
    static String meant(String word) {
        String closest = ClosestKey.among(normalise(word), ALL);
        if (closest == null || closest.equals("edit")) {
            return null;
        }
        return APPROVE.contains(closest) ? "approve" : "reject";
    }

    /** Words with at least one letter or digit, as the filter counts them ("A dog." is 2). */
    static int wordCount(String text) {
        int count = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.chars().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Why an explicitly given caption text ({@code edit: "..."} in the file, {@code autocaption edit}) is refused,
     * or null when it may be posted: it must not be empty, and a single word must not be a decision word or a
     * misspelling of one.
     */
    public static String editProblem(String text) {
        if (text == null || text.isBlank()) {
            return "the caption text is empty";
        }
        String word = text.strip();
        if (wordCount(word) != 1 || word.contains(" ")) {
            return null;
        }
        if (isApprove(word) || isReject(word)) {
            return "'" + word + "' is a decision, not a caption";
        }
        String meant = meant(word);
        return meant == null ? null : "'" + word + "' is not a caption but a misspelt decision: did you mean "
                + meant + "?";
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
