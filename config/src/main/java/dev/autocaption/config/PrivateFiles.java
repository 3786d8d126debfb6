package dev.autocaption.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Directories and files that only their owner can read: POSIX {@code rwx------} (0700) for directories and
 * {@code rw-------} (0600) for files, for everything autocaption keeps that others have no business reading (the
 * store, its login, backups, tokens, the demo's run directory).
 *
 * <p>Java has no process umask, so the permissions are given when each file or directory is created and then set
 * again explicitly, so that an unusual umask cannot widen or narrow them. Files are created empty and owner-only
 * <em>before</em> anything is written to them. On a file system without POSIX permissions (Windows) files and
 * directories are created normally and {@link #restrict} does nothing; protect the directory with the system's own
 * access lists there.
 *
 * <p>Stateless and thread-safe. Every method throws {@link IOException} from the file system unchanged.
 */
public final class PrivateFiles {
    /** What {@link #createDirectories} gives every directory it creates. */
    public static final String DIRECTORY_MODE = "rwx------";
    /** What {@link #createFile} gives every file it creates. */
    public static final String FILE_MODE = "rw-------";

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString(DIRECTORY_MODE);
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString(FILE_MODE);
    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {
    }

    /**
     * Creates {@code dir} and every missing parent, each owner-only. Directories that already exist are left as
     * they are (they may be shared, like a home directory); see {@link #openToOthers}.
     *
     * @return {@code dir}
     */
    public static Path createDirectories(Path dir) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path path = dir.toAbsolutePath(); path != null && !Files.isDirectory(path); path = path.getParent()) {
            missing.push(path);
        }
        while (!missing.isEmpty()) {
            Path path = missing.pop();
            try {
                create(path, true);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(path)) {
                    throw e;
                }
            }
        }
        return dir;
    }

    /**
     * Creates a new, empty, owner-only file; its directory must exist.
     *
     * @throws FileAlreadyExistsException when {@code file} exists
     */
    public static Path createFile(Path file) throws IOException {
        create(file, false);
        return file;
    }

    /**
     * Writes {@code text} (UTF-8) to {@code file} as an owner-only file: to a new sibling first, then moved into place,
     * so a reader never sees half of it and the file is never readable by others, not even for a moment. Replaces
     * an existing file.
     */
    public static void writeString(Path file, String text) throws IOException {
        writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Like {@link #writeString}, for bytes: owner-only, written beside and moved into place, replacing a file. */
    public static void writeBytes(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try {
            createFile(partial);
            Files.write(partial, bytes, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Makes an existing file (0600) or directory (0700) owner-only; nothing where there are no POSIX permissions. */
    public static void restrict(Path path) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
        }
    }

    /** True when the group or others have any permission on {@code path}; false where there are no POSIX permissions. */
    public static boolean openToOthers(Path path) throws IOException {
        if (!posix(path)) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        return permissions.stream().anyMatch(OTHERS::contains);
    }

    /** The permissions of {@code path} as {@code ls} prints them ({@code rw-------}); "n/a" without POSIX permissions. */
    public static String mode(Path path) throws IOException {
        return posix(path) ? PosixFilePermissions.toString(Files.getPosixFilePermissions(path)) : "n/a";
    }

    private static void create(Path path, boolean directory) throws IOException {
        if (!posix(path)) {
            if (directory) {
                Files.createDirectory(path);
            } else {
                Files.createFile(path);
            }
            return;
        }
        Set<PosixFilePermission> permissions = directory ? DIRECTORY : FILE;
        if (directory) {
            Files.createDirectory(path, PosixFilePermissions.asFileAttribute(permissions));
        } else {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(permissions));
        }
        Files.setPosixFilePermissions(path, permissions);
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
