package dev.autocaption.bot.connector.folder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link FileIndex} in memory, for the life of the daemon. After a restart the first poll hashes every file
 * again; the photos it finds are the same photos (same content, same id), so none is captioned twice.
 * Thread-safe.
 */
final class MemoryFileIndex implements FileIndex {
    private final Map<String, IndexedFile> byPath = new HashMap<>();
    private final Map<String, IndexedFile> bySha256 = new HashMap<>();
    private final Map<String, IndexedFile> byRemoteId = new HashMap<>();

    @Override
    public synchronized Optional<IndexedFile> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    @Override
    public synchronized Optional<IndexedFile> bySha256(String sha256) {
        return Optional.ofNullable(bySha256.get(sha256));
    }

    @Override
    public synchronized Optional<IndexedFile> byRemoteId(String remoteId) {
        return Optional.ofNullable(byRemoteId.get(remoteId));
    }

    @Override
    public synchronized void put(IndexedFile file) {
        byPath.put(file.path(), file);
        bySha256.put(file.sha256(), file);
        byRemoteId.put(file.remoteId(), file);
    }
}
