package dev.autocaption.workshop.coco;

import java.util.Objects;

/** One entry of a COCO captions {@code annotations} array: a caption of the image {@code imageId}. */
public record CocoAnnotation(long id, long imageId, String caption) {
    public CocoAnnotation {
        Objects.requireNonNull(caption, "caption");
    }
}
