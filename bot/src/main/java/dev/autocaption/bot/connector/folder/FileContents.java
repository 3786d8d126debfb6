package dev.autocaption.bot.connector.folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a folder account's file contents are read from; tests count the bytes read through it. */
@FunctionalInterface
interface FileContents {
    /** The file system itself. */
    FileContents DISK = Files::newInputStream;

    /** Opens a file for reading; the caller closes the stream. */
    InputStream open(Path file) throws IOException;

    /** Reads a whole file. */
    default byte[] readAll(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        }
    }
}
