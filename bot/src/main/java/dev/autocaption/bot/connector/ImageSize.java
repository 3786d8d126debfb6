package dev.autocaption.bot.connector;

import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One downloadable rendition of a photo.
 *
 * @param uri    where to download it
 * @param width  pixels
 * @param height pixels
 */
public record ImageSize(URI uri, int width, int height) {

    public ImageSize {
        Objects.requireNonNull(uri, "uri");
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("size must not be negative, was " + width + "x" + height);
        }
    }

    /** The long edge. */
    public int longEdge() {
        return Math.max(width, height);
    }

    /**
     * The largest size whose long edge is at most {@code maxEdge}; when every size is larger, the smallest one
     * (the model scales it down anyway). Empty only when there are no sizes.
     */
    public static Optional<ImageSize> choose(Collection<ImageSize> sizes, int maxEdge) {
        Comparator<ImageSize> byEdge = Comparator.comparingInt(ImageSize::longEdge);
        Optional<ImageSize> fitting = sizes.stream().filter(s -> s.longEdge() <= maxEdge).max(byEdge);
        return fitting.isPresent() ? fitting : sizes.stream().min(byEdge);
    }
}
