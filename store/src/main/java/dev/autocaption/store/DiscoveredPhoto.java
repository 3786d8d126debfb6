package dev.autocaption.store;

import java.time.Instant;
import java.util.List;

/**
 * A photo as a connector reported it, before the store has an id for it. Fields longer than the store's columns
 * are refused by the database; {@link #tooLong()} says whether one is.
 *
 * @param accountId  the account's config id
 * @param remoteId   the platform's photo id
 * @param imageUrl   where to download the image; null if the platform gives none yet
 * @param uploadedAt when it was uploaded; null if unknown
 * @param title      the photo's title; null if none
 * @param humanText  the description or message the person already wrote; null or empty if none
 * @param tags       the photo's tags (one per element, no line breaks)
 */
public record DiscoveredPhoto(String accountId, String remoteId, String imageUrl, Instant uploadedAt, String title,
                              String humanText, List<String> tags) {
    /** The most characters the store keeps of a title or an image URL. */
    public static final int MAX_SHORT_TEXT = 4000;
    /** The most characters the store keeps of a person's text, or of the tags joined one per line. */
    public static final int MAX_LONG_TEXT = 65_535;

    public DiscoveredPhoto {
        Checks.notBlank(accountId, "accountId");
        Checks.notBlank(remoteId, "remoteId");
        tags = Checks.lineList(tags, "tags");
    }

    /**
     * Which field is longer than the store keeps, with its length and the limit; null when all fit. Such a photo
     * cannot be kept as it is (nor its text restored after a write), so the daemon stores it {@link #clipped()} and
     * skips it with this reason.
     */
    public String tooLong() {
        int tagsLength = SqlValues.joinLines(tags).length();
        if (humanText != null && humanText.length() > MAX_LONG_TEXT) {
            return "its text has " + humanText.length() + " characters, the store keeps at most " + MAX_LONG_TEXT;
        }
        if (tagsLength > MAX_LONG_TEXT) {
            return "its tags have " + tagsLength + " characters, the store keeps at most " + MAX_LONG_TEXT;
        }
        if (title != null && title.length() > MAX_SHORT_TEXT) {
            return "its title has " + title.length() + " characters, the store keeps at most " + MAX_SHORT_TEXT;
        }
        if (imageUrl != null && imageUrl.length() > MAX_SHORT_TEXT) {
            return "its image URL has " + imageUrl.length() + " characters, the store keeps at most " + MAX_SHORT_TEXT;
        }
        return null;
    }

    /** This photo with every field cut to what the store keeps (no tags when they are too long together). */
    public DiscoveredPhoto clipped() {
        return new DiscoveredPhoto(accountId, remoteId, cut(imageUrl, MAX_SHORT_TEXT), uploadedAt,
                cut(title, MAX_SHORT_TEXT), cut(humanText, MAX_LONG_TEXT),
                SqlValues.joinLines(tags).length() > MAX_LONG_TEXT ? List.of() : tags);
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
