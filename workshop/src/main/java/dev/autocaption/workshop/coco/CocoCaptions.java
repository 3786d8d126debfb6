package dev.autocaption.workshop.coco;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The content of a COCO captions file, as read by {@link CocoJson#read} or to be written by {@link CocoJson#write}.
 * Immutable; {@link CocoJson#read} guarantees unique image ids and that every annotation names a listed image.
 *
 * @param info        the {@code info} block's scalar fields as text, sorted by key (numbers become their decimal text)
 * @param images      in file order
 * @param annotations in file order
 */
public record CocoCaptions(Map<String, String> info, List<CocoImage> images, List<CocoAnnotation> annotations) {
    public CocoCaptions {
        info = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(info, "info")));
        images = List.copyOf(images);
        annotations = List.copyOf(annotations);
    }

    /** Each image's captions in annotation order, keyed by image id in image order; images without captions map to []. */
    public Map<Long, List<String>> captionsByImage() {
        Map<Long, List<String>> byImage = new LinkedHashMap<>();
        for (CocoImage image : images) {
            byImage.put(image.id(), new ArrayList<>());
        }
        for (CocoAnnotation annotation : annotations) {
            List<String> captions = byImage.get(annotation.imageId());
            if (captions == null) {
                throw new IllegalStateException("annotation " + annotation.id() + " names image "
                        + annotation.imageId() + ", which is not among the " + images.size() + " images");
            }
            captions.add(annotation.caption());
        }
        byImage.replaceAll((id, captions) -> List.copyOf(captions));
        return Collections.unmodifiableMap(byImage);
    }

    @Override
    public String toString() {
        return "CocoCaptions[" + images.size() + " images, " + annotations.size() + " annotations, info=" + info + "]";
    }
}
