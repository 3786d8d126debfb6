package dev.autocaption.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A caption candidate as the store holds it: what an engine proposed for a photo, with its id, generation and
 * time. Each captioning of a photo is a new generation; the newest generation's rank 1 is the photo's best caption.
 * Named apart from the engine's {@code Caption} (module {@code inference}), which this module never sees: the bot
 * saves an engine's caption as a {@link CaptionCandidate} and reads it back as a {@code StoredCaption}.
 *
 * @param id         the store's id
 * @param photoId    the photo's id
 * @param generation 1 for the first captioning, 2 after a recaption, ...
 * @param candidate  what the engine proposed
 * @param createdAt  when it was stored
 */
public record StoredCaption(long id, long photoId, int generation, CaptionCandidate candidate, Instant createdAt) {
    public StoredCaption {
        Checks.positive(id, "id");
        Checks.positive(photoId, "photoId");
        Checks.atLeast(generation, 1, "generation");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The caption text. */
    public String text() {
        return candidate.text();
    }

    /** The candidate's rank within its generation. */
    public int rank() {
        return candidate.rank();
    }
}
