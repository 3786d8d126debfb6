package dev.autocaption.bot.connector.folder;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A photo file the scanner listed, known only by its directory entry: nothing of its content was read.
 *
 * @param path     the path relative to the root, with {@code /} separators: the photo's name for people
 * @param file     the photo file (the one its sidecar belongs to)
 * @param image    the file whose pixels are captioned: the photo itself, or a RAW file's JPEG preview
 * @param size     the size of {@code image} in bytes
 * @param modified the modification time of {@code image}, in milliseconds since the epoch
 */
record FoundFile(String path, Path file, Path image, long size, long modified) {

    FoundFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(image, "image");
    }
}
