package dev.autocaption.workshop.scenes;

import java.util.Objects;

/**
 * What a scene shows, structured: the captions are written from this and nothing else.
 *
 * @param sky       the light
 * @param ground    what the lower part shows; the subject's kind may stand on it
 * @param subject   the main group, what every caption is about
 * @param relation  how the subject stands towards the companion; {@link Relation#NONE} iff companion is null
 * @param companion a single second object, or null when there is none
 * @param sun       whether a sun is drawn (never at night)
 * @param clouds    how many clouds are drawn, 0 to 3 (none at night)
 */
public record SceneDescription(Sky sky, Ground ground, SceneGroup subject, Relation relation, SceneGroup companion,
        boolean sun, int clouds) {
    public SceneDescription {
        Objects.requireNonNull(sky, "sky");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        if ((relation == Relation.NONE) != (companion == null)) {
            throw new IllegalArgumentException("relation " + relation + " with companion " + companion
                    + ": a companion needs a relation and NONE needs no companion");
        }
        if (!subject.kind().grounds().contains(ground)) {
            throw new IllegalArgumentException(subject.kind() + " cannot appear over " + ground);
        }
        if (companion != null && companion.count() != 1) {
            throw new IllegalArgumentException("the companion is a single object, count was " + companion.count());
        }
        if (sky == Sky.NIGHT && (sun || clouds > 0)) {
            throw new IllegalArgumentException("no sun or clouds at night, had sun=" + sun + " clouds=" + clouds);
        }
        if (clouds < 0 || clouds > 3) {
            throw new IllegalArgumentException("clouds must be 0..3, was " + clouds);
        }
    }

    /** Whether the scene has a companion object. */
    public boolean hasCompanion() {
        return companion != null;
    }
}
