package dev.autocaption.bot.connector.facebook;

/**
 * Tuning of the Facebook connector.
 *
 * @param perPage         photos per Graph page, 1..100
 * @param maxPagesPerPoll pages one poll may walk; a long history continues on the next poll
 * @param commentFallback in post-message mode, comment on photos that no Page post carries
 */
public record FacebookSettings(int perPage, int maxPagesPerPoll, boolean commentFallback) {

    public FacebookSettings {
        if (perPage < 1 || perPage > 100) {
            throw new IllegalArgumentException("perPage must be in [1, 100], was " + perPage);
        }
        if (maxPagesPerPoll < 1) {
            throw new IllegalArgumentException("maxPagesPerPoll must be at least 1, was " + maxPagesPerPoll);
        }
    }

    /** 100 per page, 10 pages per poll, comment fallback on. */
    public static FacebookSettings defaults() {
        return new FacebookSettings(100, 10, true);
    }
}
