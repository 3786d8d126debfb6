/**
 * The synthetic scene generator behind the bundled demo model: {@link dev.autocaption.workshop.scenes.SceneGenerator}
 * draws photo-like scenes with Java2D (sky, ground, objects in plausible places, noise, blur, JPEG artefacts) and
 * writes five reference captions per scene from what it drew. Everything is a pure function of (seed, index), so a
 * data set is reproducible byte for byte. The phrase grammar is documented in {@code models/demo/MODEL_CARD.md}.
 */
package dev.autocaption.workshop.scenes;
