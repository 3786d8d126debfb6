package dev.autocaption.workshop.scenes;

/**
 * One object to paint, in the logical 320x240 canvas: its box, colour, whether it faces left, and for birds
 * whether it is perched rather than flying.
 */
record Sprite(ObjectKind kind, PlacedObject.Role role, double x, double y, double w, double h, ObjectColour colour,
        boolean flip, boolean perched) {

    double bottom() {
        return y + h;
    }

    double centreX() {
        return x + w / 2;
    }

    boolean overlaps(Sprite other, double margin) {
        return x < other.x + other.w + margin && other.x < x + w + margin
                && y < other.y + other.h + margin && other.y < y + h + margin;
    }

    PlacedObject placed(double sx, double sy) {
        int px = (int) Math.round(x * sx);
        int py = (int) Math.round(y * sy);
        int pw = Math.max(1, (int) Math.round((x + w) * sx) - px);
        int ph = Math.max(1, (int) Math.round((y + h) * sy) - py);
        return new PlacedObject(kind, role, px, py, pw, ph);
    }
}
