package dev.autocaption.workshop.scenes;

import static dev.autocaption.workshop.scenes.Ground.GRASS;
import static dev.autocaption.workshop.scenes.Ground.ROAD;
import static dev.autocaption.workshop.scenes.Ground.SAND;
import static dev.autocaption.workshop.scenes.Ground.SNOW;
import static dev.autocaption.workshop.scenes.Ground.WATER;
import static dev.autocaption.workshop.scenes.ObjectColour.BLACK;
import static dev.autocaption.workshop.scenes.ObjectColour.BLUE;
import static dev.autocaption.workshop.scenes.ObjectColour.BROWN;
import static dev.autocaption.workshop.scenes.ObjectColour.GREEN;
import static dev.autocaption.workshop.scenes.ObjectColour.GREY;
import static dev.autocaption.workshop.scenes.ObjectColour.ORANGE;
import static dev.autocaption.workshop.scenes.ObjectColour.PURPLE;
import static dev.autocaption.workshop.scenes.ObjectColour.RED;
import static dev.autocaption.workshop.scenes.ObjectColour.WHITE;
import static dev.autocaption.workshop.scenes.ObjectColour.YELLOW;

import java.util.List;
import java.util.Set;

/**
 * Everything the generator can draw, with the rules that keep scenes plausible: where a kind may appear
 * ({@link #grounds()}, {@link #placement()}), how many of it a group may hold, and which colours it comes in.
 * Sizes are in the generator's logical 320x240 canvas.
 */
public enum ObjectKind {
    MAN(Placement.GROUND, 22, 62, 3, true, List.of(RED, BLUE, GREEN, YELLOW, WHITE, BLACK), GRASS, SAND, SNOW, ROAD),
    WOMAN(Placement.GROUND, 24, 62, 3, true, List.of(RED, BLUE, GREEN, YELLOW, WHITE, PURPLE), GRASS, SAND, SNOW, ROAD),
    DOG(Placement.GROUND, 60, 42, 3, true, List.of(BROWN, BLACK, WHITE), GRASS, SAND, SNOW),
    CAT(Placement.GROUND, 42, 40, 2, true, List.of(BLACK, WHITE, ORANGE, GREY), GRASS, SNOW, ROAD),
    CAR(Placement.GROUND, 86, 38, 3, true, List.of(RED, BLUE, GREEN, YELLOW, WHITE, BLACK), ROAD),
    BUS(Placement.GROUND, 136, 62, 2, true, List.of(RED, BLUE, YELLOW, WHITE, GREEN), ROAD),
    BOAT(Placement.GROUND, 80, 70, 2, true, List.of(RED, BLUE, WHITE, YELLOW), WATER),
    BICYCLE(Placement.GROUND, 58, 36, 2, true, List.of(RED, BLUE, GREEN, YELLOW, BLACK), GRASS, ROAD),
    TREE(Placement.GROUND, 58, 96, 3, false, List.of(GREEN), GRASS, SNOW, ROAD),
    HOUSE(Placement.GROUND, 92, 80, 2, true, List.of(RED, BLUE, WHITE, YELLOW), GRASS, SNOW, ROAD),
    BALL(Placement.GROUND, 28, 28, 3, true, List.of(RED, BLUE, GREEN, YELLOW, ORANGE), GRASS, SAND, SNOW),
    BIRD(Placement.SKY, 36, 17, 3, false, List.of(BLACK), GRASS, SAND, WATER, SNOW, ROAD),
    KITE(Placement.SKY, 38, 50, 2, true, List.of(RED, BLUE, GREEN, YELLOW, ORANGE, PURPLE), GRASS, SAND, WATER, SNOW),
    SUN(Placement.DECORATION, 36, 36, 1, false, List.of(YELLOW), GRASS, SAND, WATER, SNOW, ROAD),
    CLOUD(Placement.DECORATION, 70, 28, 3, false, List.of(WHITE), GRASS, SAND, WATER, SNOW, ROAD),
    MOON(Placement.DECORATION, 24, 24, 1, false, List.of(WHITE), GRASS, SAND, WATER, SNOW, ROAD),
    STAR(Placement.DECORATION, 2, 2, 60, false, List.of(WHITE), GRASS, SAND, WATER, SNOW, ROAD);

    /** Where in the picture a kind lives. Decorations are background, never a subject or companion. */
    public enum Placement { GROUND, SKY, DECORATION }

    private final Placement placement;
    private final int width;
    private final int height;
    private final int maxCount;
    private final boolean colourNamed;
    private final List<ObjectColour> colours;
    private final Set<Ground> grounds;

    ObjectKind(Placement placement, int width, int height, int maxCount, boolean colourNamed,
            List<ObjectColour> colours, Ground first, Ground... rest) {
        this.placement = placement;
        this.width = width;
        this.height = height;
        this.maxCount = maxCount;
        this.colourNamed = colourNamed;
        this.colours = colours;
        this.grounds = java.util.EnumSet.of(first, rest);
    }

    public Placement placement() {
        return placement;
    }

    /** Nominal width in the 320x240 logical canvas. */
    public int width() {
        return width;
    }

    /** Nominal height in the 320x240 logical canvas. */
    public int height() {
        return height;
    }

    /** The largest group of this kind a scene holds. */
    public int maxCount() {
        return maxCount;
    }

    /** Whether captions name this kind's colour (people: their clothes, never in the canonical caption). */
    public boolean colourNamed() {
        return colourNamed;
    }

    public List<ObjectColour> colours() {
        return colours;
    }

    /** The grounds this kind may appear over; a sky kind may fly over any of them. Unmodifiable view. */
    public Set<Ground> grounds() {
        return java.util.Collections.unmodifiableSet(grounds);
    }

    public boolean isPerson() {
        return this == MAN || this == WOMAN;
    }
}
