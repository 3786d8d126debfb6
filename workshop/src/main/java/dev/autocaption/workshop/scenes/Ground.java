package dev.autocaption.workshop.scenes;

/** What the lower part of a scene shows; each {@link ObjectKind} lists the grounds it may stand on. */
public enum Ground {
    GRASS, SAND, WATER, SNOW, ROAD
}
