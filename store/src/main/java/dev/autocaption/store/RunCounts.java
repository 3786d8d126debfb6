package dev.autocaption.store;

/**
 * What a run did, photo by photo. All counts are {@code >= 0}.
 *
 * @param discovered new photos found
 * @param captioned  photos captioned
 * @param queued     captions queued for review
 * @param dropped    captions dropped
 * @param posted     captions written
 * @param skipped    photos skipped
 * @param failed     photos that failed
 */
public record RunCounts(int discovered, int captioned, int queued, int dropped, int posted, int skipped, int failed) {
    /** All zero. */
    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0, 0, 0);

    public RunCounts {
        Checks.atLeast(discovered, 0, "discovered");
        Checks.atLeast(captioned, 0, "captioned");
        Checks.atLeast(queued, 0, "queued");
        Checks.atLeast(dropped, 0, "dropped");
        Checks.atLeast(posted, 0, "posted");
        Checks.atLeast(skipped, 0, "skipped");
        Checks.atLeast(failed, 0, "failed");
    }
}
