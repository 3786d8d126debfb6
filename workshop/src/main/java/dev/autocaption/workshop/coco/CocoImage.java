package dev.autocaption.workshop.coco;

import java.util.Objects;

/**
 * One entry of a COCO {@code images} array (other fields such as {@code coco_url} are not kept).
 *
 * @param id       unique within the file
 * @param fileName relative to the image folder, never absolute and never leaving the folder
 * @param width    in pixels; 0 when the file does not say
 * @param height   in pixels; 0 when the file does not say
 */
public record CocoImage(long id, String fileName, int width, int height) {
    public CocoImage {
        Objects.requireNonNull(fileName, "fileName");
        if (fileName.isBlank() || fileName.startsWith("/") || fileName.startsWith("\\")
                || fileName.contains("..")) {
            throw new IllegalArgumentException("image " + id + ": file_name must be a plain relative path, was \""
                    + fileName + "\"");
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("image " + id + ": size must not be negative, was " + width + "x"
                    + height);
        }
    }
}
