package dev.autocaption.bot.connector;

import java.util.Objects;

/**
 * What {@link PhotoSource#write} and {@link PhotoSource#markProcessed} are given: the text to write and where it
 * came from, for sources whose marker records it (a folder's sidecar keeps model and score; Flickr's tags keep the
 * model).
 *
 * @param text    the text to write, already rendered through the account's template; "" for a marker only
 * @param modelId the model that wrote the caption; null for a person's edited text
 * @param score   the caption's score in [0, 1]; null for a person's edited text
 */
public record CaptionWrite(String text, String modelId, Double score) {
    /** What a marker names as the author of a person's edited text. */
    public static final String PERSON = "person";

    public CaptionWrite {
        Objects.requireNonNull(text, "text");
        if (score != null && !Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite or null, was " + score);
        }
    }

    /** A text with no model behind it (a person's edit, or a caller that has none). */
    public static CaptionWrite of(String text) {
        return new CaptionWrite(text, null, null);
    }

    /** Only a marker: the model that captioned the photo. */
    public static CaptionWrite marker(String modelId) {
        return new CaptionWrite("", modelId, null);
    }

    /** The model id, or {@link #PERSON} for a person's text. */
    public String author() {
        return modelId == null ? PERSON : modelId;
    }
}
