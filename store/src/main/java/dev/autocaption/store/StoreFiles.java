package dev.autocaption.store;

import dev.autocaption.config.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of an embedded H2 store and who may read them. For {@code jdbc:h2:file:./data/autocaption}: the
 * directory {@code ./data}, H2's {@code autocaption.mv.db} (the data), {@code autocaption.lock.db} (the lock; with
 * {@code AUTO_SERVER} it also holds the server's address and key), {@code autocaption.trace.db} (H2's error log),
 * and our {@code autocaption.login} ({@link LoginFile}).
 *
 * <p>H2 creates its files itself, with the process's default permissions, so the directory is created owner-only
 * (0700) before H2 runs: nothing inside it is reachable by others from the first byte. After each open the files
 * are set to 0600 as well, which also mends stores made by earlier versions. A directory that already existed is
 * not changed (it may be shared, like a home directory); when others can enter it, a warning says so.
 */
final class StoreFiles {
    private static final Logger LOG = LoggerFactory.getLogger(StoreFiles.class);

    private final Path base;

    private StoreFiles(Path base) {
        this.base = base;
    }

    /** The files of an embedded H2 file store; empty for every other URL (in-memory, server, other databases). */
    static Optional<StoreFiles> of(JdbcUrl url) {
        return url.h2FilePath().map(StoreFiles::new);
    }

    Path directory() {
        return base.getParent();
    }

    Path data() {
        return sibling(".mv.db");
    }

    Path lock() {
        return sibling(".lock.db");
    }

    LoginFile login() {
        return new LoginFile(sibling(".login"));
    }

    /** True when the store's data file exists (the store was opened before). */
    boolean exist() {
        return Files.exists(data());
    }

    /** Creates the directory owner-only when it is missing; warns when an existing one is open to others. */
    void prepareDirectory() {
        Path directory = directory();
        try {
            if (!Files.isDirectory(directory)) {
                PrivateFiles.createDirectories(directory);
            } else if (PrivateFiles.openToOthers(directory)) {
                LOG.warn("the store's directory {} can be entered by other users ({}); the store's files are "
                        + "owner-only, but to hide them entirely: chmod 700 {}", directory,
                        PrivateFiles.mode(directory), directory);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the store's directory " + directory + " (owner-only): "
                    + e.getMessage(), e);
        }
    }

    /** Sets every file of the store that exists to owner-only (0600). */
    void restrict() {
        for (Path file : List.of(data(), lock(), sibling(".trace.db"), login().path())) {
            try {
                PrivateFiles.restrict(file);
            } catch (NoSuchFileException e) {
                // not made (yet): H2 writes its trace file only on errors, and a lock only while open
            } catch (IOException e) {
                throw new StoreException("cannot make the store's file " + file + " owner-only (chmod 600): "
                        + e.getMessage(), e);
            }
        }
    }

    private Path sibling(String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }
}
