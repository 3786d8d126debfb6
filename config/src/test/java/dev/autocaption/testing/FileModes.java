package dev.autocaption.testing;

import dev.autocaption.config.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The permissions of everything under a directory, as {@code ls -l} prints them, for tests of who may read what. */
public final class FileModes {
    private FileModes() {
    }

    /** Every path under {@code root} (relative to it, "" for {@code root} itself), sorted, with its permissions. */
    public static Map<String, String> under(Path root) {
        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                modes.put(root.relativize(path).toString(), PrivateFiles.mode(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the permissions under " + root, e);
        }
        return modes;
    }
}
