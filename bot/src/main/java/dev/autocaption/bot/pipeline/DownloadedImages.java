package dev.autocaption.bot.pipeline;

import dev.autocaption.store.Photo;

/**
 * Receives each image the daemon downloaded for captioning, once, before it is captioned (the review page keeps a
 * thumbnail of it, so that no page ever fetches a platform's URL). Called from the polling threads: thread-safe.
 * Must not throw: a failure here concerns the page, never the photo's captioning.
 */
@FunctionalInterface
public interface DownloadedImages {
    /** Keeps nothing. */
    DownloadedImages NONE = (photo, image) -> { };

    /** @param image the bytes as downloaded; not to be changed */
    void downloaded(Photo photo, byte[] image);
}
