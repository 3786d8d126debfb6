package dev.autocaption.store;

/** What a person decided about a photo's caption. Stored in lower case. */
public enum DecisionAction {
    /** Post the caption (the best candidate, or the candidate rank given). */
    APPROVE,
    /** Do not post. */
    REJECT,
    /** Post the person's own text instead. */
    EDIT;

    /** The lower-case spelling used in the database and the CLI. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
