package dev.autocaption.bot.connector.folder;

import java.util.Optional;

/**
 * Remembers which files of a folder account were hashed, so that a poll of an unchanged tree reads no file
 * contents. Entries are only hints: a file whose size or modification time differs from its entry is hashed again.
 * Implementations are used from one poll at a time.
 */
interface FileIndex {

    /** The entry for a relative path, if the file was hashed before. */
    Optional<IndexedFile> byPath(String path);

    /** An entry with this content hash (the same photo under another name), if any. */
    Optional<IndexedFile> bySha256(String sha256);

    /** The current entry of a photo, if the index knows it. */
    Optional<IndexedFile> byRemoteId(String remoteId);

    /** Adds or replaces the entry of {@link IndexedFile#path()}. */
    void put(IndexedFile file);
}
