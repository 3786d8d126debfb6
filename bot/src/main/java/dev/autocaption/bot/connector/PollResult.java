package dev.autocaption.bot.connector;

import java.util.List;
import java.util.Objects;

/**
 * What one {@link PhotoSource#poll} found.
 *
 * @param photos  new photos to caption, oldest first, de-duplicated
 * @param skipped new photos not to caption, each with its reason
 * @param next    the cursor to store and pass to the next poll
 * @param more    true when the poll stopped early (page or call budget) and more history is waiting
 */
public record PollResult(List<RemotePhoto> photos, List<SkippedPhoto> skipped, PollCursor next, boolean more) {

    public PollResult {
        photos = List.copyOf(Objects.requireNonNull(photos, "photos"));
        skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped"));
        Objects.requireNonNull(next, "next");
    }
}
