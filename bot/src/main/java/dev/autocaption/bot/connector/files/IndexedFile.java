package dev.autocaption.bot.connector.files;

import java.util.Objects;

/**
 * What the index knows of one file: how it looked when it was last hashed, and which photo it is.
 *
 * @param path     relative to the root, {@code /} separators
 * @param size     bytes, when hashed
 * @param modified modification time in epoch milliseconds, when hashed
 * @param sha256   the content hash (hex) of the image bytes
 * @param remoteId the photo this content belongs to; stays the same through a rename, a touch, or our own
 *                 embedded write
 */
public record IndexedFile(String path, long size, long modified, String sha256, String remoteId) {

    public IndexedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(remoteId, "remoteId");
    }

    /** True when a directory entry of this size and modification time still looks as it did when hashed. */
    public boolean unchanged(long entrySize, long entryModified) {
        return entrySize == size && entryModified == modified;
    }
}
