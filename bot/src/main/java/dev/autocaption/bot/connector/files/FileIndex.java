package dev.autocaption.bot.connector.files;

import java.util.Optional;

/**
 * Remembers which files of a folder account were hashed, so that a poll of an unchanged tree reads no file
 * contents, and which photos earlier polls already handed to the daemon. Entries are only hints: a file whose size
 * or modification time differs from its entry is hashed again, and an entry written by a poll whose results were
 * never committed (a crash) does not hide its photo, since {@link #discovered} decides that. Used from one poll or
 * write of the account at a time. {@link MemoryFileIndex} lives as long as the source; the daemon hands in one kept
 * in the store ({@link FileIndexes}).
 */
public interface FileIndex {

    /** The entry for a relative path, if the file was hashed before. */
    Optional<IndexedFile> byPath(String path);

    /** An entry with this content hash (the same photo under another name), if any. */
    Optional<IndexedFile> bySha256(String sha256);

    /** The current entry of a photo, if the index knows it. */
    Optional<IndexedFile> byRemoteId(String remoteId);

    /** Adds or replaces the entry of {@link IndexedFile#path()}. */
    void put(IndexedFile file);

    /** True when an earlier poll's photo (or skip) with this id reached the daemon, so it is not new. */
    boolean discovered(String remoteId);

    /** The poll is handing this photo (or skip) to the daemon. */
    void reported(String remoteId);

    /** Called at the start of each poll, before anything is looked up (a stored index reloads here). */
    default void startPoll() {
    }

    /** Called after a poll or a write changed entries (a stored index saves them here). */
    default void flush() {
    }
}
