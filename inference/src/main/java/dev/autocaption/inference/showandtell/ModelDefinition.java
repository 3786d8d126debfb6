package dev.autocaption.inference.showandtell;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A Show and Tell model as found on disk, before anything is loaded.
 *
 * @param name         human name, the first part of the model id (e.g. {@code im2txt-2000000})
 * @param architecture what the checkpoint's names and shapes must match
 * @param checkpoint   the checkpoint prefix (absolute)
 * @param vocabulary   the {@code word_counts.txt} written with that checkpoint (absolute)
 * @param modelId      {@code name} plus the first 6 hex digits of the SHA-256 of the checkpoint's index (or V1
 *                     file), e.g. {@code im2txt-2000000-3fa2c1}
 * @param domain       the domain statistics file (absolute), or null when the model has none
 */
public record ModelDefinition(String name, Architecture architecture, Path checkpoint, Path vocabulary,
        String modelId, Path domain) {
    public ModelDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(modelId, "modelId");
    }

    /** A model without domain statistics. */
    public ModelDefinition(String name, Architecture architecture, Path checkpoint, Path vocabulary,
            String modelId) {
        this(name, architecture, checkpoint, vocabulary, modelId, null);
    }
}
