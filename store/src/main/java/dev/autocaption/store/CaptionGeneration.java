package dev.autocaption.store;

import dev.autocaption.config.Engine;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One captioning of a photo: which engine and model ran, and what a detector engine saw. The generation's caption
 * candidates, if it produced any, are the {@link StoredCaption}s with the same photo and generation number; a generation
 * without candidates is a captioning that produced no caption (for the detector: nothing recognised).
 *
 * @param id         the store's id
 * @param photoId    the photo's id
 * @param generation 1 for the first captioning, 2 after a recaption, ...
 * @param engine     the engine that ran
 * @param modelId    the model it ran
 * @param detections what the detector saw, highest score first; empty for engines that do not detect objects
 * @param createdAt  when it was stored
 */
public record CaptionGeneration(long id, long photoId, int generation, Engine engine, String modelId,
                                List<DetectedObject> detections, Instant createdAt) {
    public CaptionGeneration {
        Checks.positive(id, "id");
        Checks.positive(photoId, "photoId");
        Checks.atLeast(generation, 1, "generation");
        Objects.requireNonNull(engine, "engine");
        Checks.notBlank(modelId, "modelId");
        detections = List.copyOf(Objects.requireNonNull(detections, "detections"));
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
