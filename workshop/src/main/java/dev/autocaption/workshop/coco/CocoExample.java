package dev.autocaption.workshop.coco;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One image of a {@link CocoDataset} with its file and reference captions.
 *
 * @param image    as listed in the captions file
 * @param path     the image file, which existed when the data set was opened
 * @param captions at least one, in annotation order
 */
public record CocoExample(CocoImage image, Path path, List<String> captions) {
    public CocoExample {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(path, "path");
        captions = List.copyOf(captions);
        if (captions.isEmpty()) {
            throw new IllegalArgumentException("image " + image.id() + " (" + image.fileName() + ") has no captions");
        }
    }
}
