package dev.autocaption.store;

import java.time.Instant;
import java.util.List;

/**
 * A photo as a connector reported it, before the store has an id for it.
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
    public DiscoveredPhoto {
        Checks.notBlank(accountId, "accountId");
        Checks.notBlank(remoteId, "remoteId");
        tags = Checks.lineList(tags, "tags");
    }
}
