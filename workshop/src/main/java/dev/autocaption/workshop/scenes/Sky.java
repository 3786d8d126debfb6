package dev.autocaption.workshop.scenes;

/** The light of a scene: it colours the sky and the ground and decides which sky objects may appear. */
public enum Sky {
    DAY, SUNSET, NIGHT
}
