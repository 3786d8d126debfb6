package dev.autocaption.bot.filter;

/** What the filter decided for a photo's best caption. */
public enum Verdict {
    /** Write it back now. */
    POST,
    /** Keep it in the review queue until the person decides. */
    QUEUE,
    /** Do not use it. */
    DROP
}
