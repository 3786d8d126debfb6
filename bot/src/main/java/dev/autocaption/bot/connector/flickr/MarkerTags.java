package dev.autocaption.bot.connector.flickr;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Our Flickr machine tags, and Flickr's tag normalisation: Flickr lowercases tags and drops punctuation when it
 * stores them ({@code "autocaption:model=Im2Txt-v1"} reads back as {@code "autocaption:model=im2txtv1"}), so
 * tags are always compared in normalised form. Machine tags keep their {@code :} and {@code =}.
 */
final class MarkerTags {

    static final String STATUS = "autocaption:status=captioned";
    static final String MODEL_PREFIX = "autocaption:model=";

    private MarkerTags() {
    }

    /** Flickr's normalised form: lowercase letters and digits (plus the machine-tag separators). */
    static String normalise(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean machine = lower.matches("[^:=\\s]+:[^:=\\s]+=.*");
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c) || (machine && (c == ':' || c == '='))) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The two tags we add; the model id is reduced to its normalised form, so what we send is what Flickr keeps. */
    static List<String> forModel(String modelId) {
        String model = normalise(modelId);
        if (model.isEmpty()) {
            throw new IllegalArgumentException("model id must contain a letter or digit, was " + modelId);
        }
        return List.of(STATUS, MODEL_PREFIX + model);
    }

    static boolean contains(Collection<String> normalisedTags, String tag) {
        return normalisedTags.contains(normalise(tag));
    }

    /** True for any tag we add ({@code autocaption:*}). */
    static boolean isOurs(String tag) {
        return normalise(tag).startsWith("autocaption:");
    }
}
