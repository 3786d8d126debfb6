package dev.autocaption.workshop.scenes;

/** How the subject group stands towards the companion object; {@link #NONE} when the scene has no companion. */
public enum Relation {
    /** No companion. */
    NONE,
    /** Side by side on the same ground line. */
    NEXT_TO,
    /** The subject stands lower in the picture and overlaps a larger companion drawn behind it. */
    IN_FRONT_OF,
    /** A sky subject (bird, kite) directly above a companion on the ground. */
    ABOVE,
    /** The subject sits on the companion's roof (cat on a car, bird on a house or car). */
    ON
}
