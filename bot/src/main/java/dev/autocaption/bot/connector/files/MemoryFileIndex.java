package dev.autocaption.bot.connector.files;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link FileIndex} in memory. Alone (no store), it lives as long as its source: after a restart the first poll
 * hashes every file again and reports the photos again (same content, same id), which the daemon already has, so
 * none is captioned twice. A photo counts as discovered once a poll reported it. A stored index keeps one of these
 * as its cache. Thread-safe.
 */
public final class MemoryFileIndex implements FileIndex {
    private final Map<String, IndexedFile> byPath = new HashMap<>();
    private final Map<String, IndexedFile> bySha256 = new HashMap<>();
    private final Map<String, IndexedFile> byRemoteId = new HashMap<>();
    private final Set<String> reported = new HashSet<>();

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

    @Override
    public synchronized boolean discovered(String remoteId) {
        return reported.contains(remoteId);
    }

    @Override
    public synchronized void reported(String remoteId) {
        reported.add(remoteId);
    }

    /** Forgets which photos were reported (a stored index replaces that knowledge with the committed photos). */
    public synchronized void replaceDiscovered(Set<String> remoteIds) {
        reported.clear();
        reported.addAll(remoteIds);
    }
}
