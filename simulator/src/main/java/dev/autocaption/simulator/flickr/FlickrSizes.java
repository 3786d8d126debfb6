package dev.autocaption.simulator.flickr;

import java.util.ArrayList;
import java.util.List;

/** Flickr's standard renditions: the extra key ({@code url_<key>}), the getSizes label and the long edge. */
final class FlickrSizes {

    /** One rendition of a photo. */
    record Rendition(String key, String label, int width, int height) {
    }

    private record Standard(String key, String label, int edge, boolean square) {
    }

    private static final List<Standard> STANDARD = List.of(
            new Standard("sq", "Square", 75, true), new Standard("q", "Large Square", 150, true),
            new Standard("t", "Thumbnail", 100, false), new Standard("s", "Small", 240, false),
            new Standard("n", "Small 320", 320, false), new Standard("m", "Medium", 500, false),
            new Standard("z", "Medium 640", 640, false), new Standard("c", "Medium 800", 800, false),
            new Standard("l", "Large", 1024, false), new Standard("h", "Large 1600", 1600, false),
            new Standard("k", "Large 2048", 2048, false));

    private FlickrSizes() {
    }

    /** Every rendition smaller than the original, then the original ({@code o}). */
    static List<Rendition> of(int width, int height) {
        int longEdge = Math.max(width, height);
        List<Rendition> renditions = new ArrayList<>();
        for (Standard size : STANDARD) {
            if (size.square()) {
                renditions.add(new Rendition(size.key(), size.label(), size.edge(), size.edge()));
            } else if (size.edge() < longEdge) {
                double factor = size.edge() / (double) longEdge;
                renditions.add(new Rendition(size.key(), size.label(), (int) Math.round(width * factor),
                        (int) Math.round(height * factor)));
            }
        }
        renditions.add(new Rendition("o", "Original", width, height));
        return renditions;
    }

    /** The rendition with this key, if the photo has it. */
    static Rendition find(int width, int height, String key) {
        return of(width, height).stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }
}
