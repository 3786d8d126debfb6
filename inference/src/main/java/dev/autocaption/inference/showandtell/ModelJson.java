package dev.autocaption.inference.showandtell;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code model.json} of a model directory, as stored.
 *
 * @param engine       must be {@code show-and-tell}
 * @param name         model name, first part of the model id
 * @param architecture encoder and sizes
 * @param checkpoint   checkpoint prefix, relative to the directory
 * @param vocabulary   word-counts file, relative to the directory
 * @param domain       optional: the domain statistics header ({@code domain.json}, which names its binary data
 *                     file beside it), relative to the directory; null (and absent from the file) when the model
 *                     has none, and then scores are not guarded
 */
public record ModelJson(String engine, String name, Architecture architecture, String checkpoint,
        String vocabulary, @JsonInclude(JsonInclude.Include.NON_NULL) String domain) {
    public static final String ENGINE = "show-and-tell";

    /** A model description without domain statistics. */
    public ModelJson(String engine, String name, Architecture architecture, String checkpoint, String vocabulary) {
        this(engine, name, architecture, checkpoint, vocabulary, null);
    }

    /** This description with {@code domain} as its domain statistics file. */
    public ModelJson withDomain(String newDomain) {
        return new ModelJson(engine, name, architecture, checkpoint, vocabulary, newDomain);
    }
}
