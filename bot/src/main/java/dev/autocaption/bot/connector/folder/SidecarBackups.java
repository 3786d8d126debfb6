package dev.autocaption.bot.connector.folder;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * What rollback needs to put a folder photo back exactly: the sidecar's bytes from before our first write (or
 * the fact that there was none), with {@code embed: true} the image file's original bytes, and the hashes of what
 * we last wrote, so a file someone edited after us is left alone. Kept per photo under {@code <root>/.autocaption/backup/} (a hidden folder the scanner skips), owner-only,
 * so that a rollback from another process, or after a crash, finds it by the photo id alone.
 */
final class SidecarBackups {
    private final Path directory;

    /**
     * A backup of one photo.
     *
     * @param sidecar   the sidecar path relative to the root
     * @param original  the sidecar's bytes before our first write; null when we created it
     * @param written   SHA-256 (hex) of the sidecar as we last wrote it
     * @param image     the image file we embedded into, relative to the root; null when we did not
     * @param imageWritten SHA-256 (hex) of the image as we wrote it; empty when we did not
     */
    record Backup(String sidecar, byte[] original, String written, String image, String imageWritten) {
    }

    SidecarBackups(Path root) {
        this.directory = root.resolve(".autocaption").resolve("backup");
    }

    /** Keeps the sidecar as it is before our first write; a later write (a retry after a crash) keeps the first. */
    void keep(String remoteId, String sidecar, byte[] original) throws IOException {
        if (Files.exists(properties(remoteId))) {
            return;
        }
        createDirectory();
        if (original != null) {
            Files.write(directory.resolve(remoteId + ".xmp"), original);
        }
        Properties values = new Properties();
        values.setProperty("sidecar", sidecar);
        values.setProperty("existed", Boolean.toString(original != null));
        store(remoteId, values);
    }

    /** Records the hash of the sidecar as we just wrote it. */
    void recordWritten(String remoteId, byte[] written) throws IOException {
        update(remoteId, "written", Hashes.sha256(written));
    }

    /** Keeps the image file's bytes before our first embedded write; after {@link #keep}. */
    void keepImage(String remoteId, String image, byte[] original) throws IOException {
        Properties values = loaded(remoteId);
        if (values.getProperty("image") == null) {
            Files.write(directory.resolve(remoteId + ".image"), original);
            update(remoteId, "image", image);
        }
    }

    /** Records the hash of the image as we just wrote it. */
    void recordImageWritten(String remoteId, byte[] written) throws IOException {
        update(remoteId, "image-written", Hashes.sha256(written));
    }

    /** The image file's bytes before our first embedded write. */
    byte[] imageOriginal(String remoteId) throws IOException {
        return Files.readAllBytes(directory.resolve(remoteId + ".image"));
    }

    private void update(String remoteId, String key, String value) throws IOException {
        Properties values = loaded(remoteId);
        values.setProperty(key, value);
        store(remoteId, values);
    }

    private Properties loaded(String remoteId) throws IOException {
        return load(remoteId).orElseThrow(() -> new IllegalStateException(
                "no backup of photo " + remoteId + " in " + directory + "; keep() comes before every write"));
    }

    /** The photo's backup; empty when we never wrote its sidecar, or rollback already restored it. */
    Optional<Backup> find(String remoteId) throws IOException {
        Optional<Properties> values = load(remoteId);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Properties found = values.get();
        byte[] original = Boolean.parseBoolean(found.getProperty("existed"))
                ? Files.readAllBytes(directory.resolve(remoteId + ".xmp")) : null;
        return Optional.of(new Backup(found.getProperty("sidecar"), original, found.getProperty("written", ""),
                found.getProperty("image"), found.getProperty("image-written", "")));
    }

    /** Deletes the backup after a rollback. */
    void forget(String remoteId) throws IOException {
        Files.deleteIfExists(directory.resolve(remoteId + ".xmp"));
        Files.deleteIfExists(directory.resolve(remoteId + ".image"));
        Files.deleteIfExists(properties(remoteId));
    }

    private Optional<Properties> load(String remoteId) throws IOException {
        Path file = properties(remoteId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        }
        return Optional.of(values);
    }

    private void store(String remoteId, Properties values) throws IOException {
        Path temporary = directory.resolve(remoteId + ".properties.tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            values.store(writer, "autocaption: sidecar backup of photo " + remoteId);
        }
        XmpSidecar.writeAtomically(properties(remoteId), Files.readAllBytes(temporary));
        Files.delete(temporary);
    }

    private Path properties(String remoteId) {
        return directory.resolve(remoteId + ".properties");
    }

    private void createDirectory() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }
}
