package dev.autocaption.bot.pipeline;

import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.store.DiscoveredPhoto;
import dev.autocaption.store.Photo;
import java.net.URI;

/** Converts between the connector's {@link RemotePhoto} and the store's photos. */
final class RemotePhotos {
    private RemotePhotos() {
    }

    static DiscoveredPhoto discovered(RemotePhoto photo) {
        return new DiscoveredPhoto(photo.account(), photo.remoteId(), photo.imageUri().toString(),
                photo.uploadedAt(), photo.title(), photo.existingText(), photo.tags());
    }

    /** The stored photo as the connector wants it; {@code refresh} fills in the current text and tags. */
    static RemotePhoto of(Photo photo, String remotePostId) {
        if (photo.imageUrl() == null) {
            throw new IllegalStateException("photo " + photo.key() + " has no image url");
        }
        return new RemotePhoto(photo.accountId(), photo.remoteId(), URI.create(photo.imageUrl()),
                photo.uploadedAt() == null ? photo.discoveredAt() : photo.uploadedAt(),
                photo.title() == null ? "" : photo.title(), photo.humanText() == null ? "" : photo.humanText(),
                photo.tags(), false, remotePostId);
    }
}
