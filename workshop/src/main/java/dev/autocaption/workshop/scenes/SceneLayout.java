package dev.autocaption.workshop.scenes;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where everything goes, in the logical 320x240 canvas: ground objects stand below the horizon, sky objects
 * and decorations float above it, and the relation decides how subject and companion sit. Stateless.
 *
 * @param horizon the y where sky meets ground
 * @param sprites in paint order: decorations, companion, subjects
 */
record SceneLayout(double horizon, List<Sprite> sprites) {
    static final double WIDTH = 320;
    static final double HEIGHT = 240;
    /** Height of the grass verge between the horizon and the pavement in road scenes. */
    static final double KERB = 16;
    private static final double MARGIN = 8;

    SceneLayout {
        sprites = List.copyOf(sprites);
    }

    static SceneLayout of(SceneDescription scene, SplittableRandom random) {
        double horizon = 96 + random.nextInt(29);
        List<Sprite> actors = switch (scene.relation()) {
            case NONE -> scene.subject().kind().placement() == ObjectKind.Placement.SKY
                    ? SkyPlacement.scatter(scene.subject(), horizon, random)
                    : row(scene.subject(), null, horizon, kerbside(scene), random);
            case NEXT_TO -> row(scene.subject(), scene.companion(), horizon, kerbside(scene), random);
            case IN_FRONT_OF -> inFront(scene.subject(), scene.companion(), horizon, kerbside(scene), random);
            case ABOVE -> SkyPlacement.above(scene.subject(), scene.companion(), horizon, random);
            case ON -> SkyPlacement.on(scene.subject(), scene.companion(), horizon, random);
        };
        List<Sprite> sprites = new ArrayList<>(Decorations.place(scene, horizon, actors, random));
        actors.stream().filter(s -> s.role() == PlacedObject.Role.COMPANION).forEach(sprites::add);
        actors.stream().filter(s -> s.role() == PlacedObject.Role.SUBJECT).forEach(sprites::add);
        return new SceneLayout(horizon, sprites);
    }

    /** On a road, houses and trees stand on the far pavement ({@link #KERB} below the horizon), not in the lane. */
    private static boolean kerbside(SceneDescription scene) {
        return scene.ground() == Ground.ROAD && (offRoad(scene.subject()) || offRoad(scene.companion()));
    }

    private static boolean offRoad(SceneGroup group) {
        return group != null && (group.kind() == ObjectKind.HOUSE || group.kind() == ObjectKind.TREE);
    }

    /** Subjects (and the companion, first or last) side by side on one ground line. */
    private static List<Sprite> row(SceneGroup subject, SceneGroup companion, double horizon, boolean kerbside,
            SplittableRandom random) {
        double gap = 4 + random.nextInt(11);
        double scale = subject.size().scale();
        double companionScale = companion == null ? 0 : companion.size().scale();
        double width = subject.count() * (subject.kind().width() * scale + gap) - gap
                + (companion == null ? 0 : companion.kind().width() * companionScale + gap);
        double shrink = Math.min(1, (WIDTH - 2 * MARGIN) / width);
        double tallest = Math.max(subject.kind().height() * scale,
                companion == null ? 0 : companion.kind().height() * companionScale) * shrink;
        double baseline = kerbside ? horizon + KERB + 4 + random.nextDouble() * 4 : groundLine(horizon, tallest, random);
        double x = MARGIN + random.nextDouble() * (WIDTH - 2 * MARGIN - width * shrink);
        boolean companionFirst = random.nextBoolean();
        boolean flip = random.nextBoolean();
        List<Sprite> sprites = new ArrayList<>();
        if (companion != null && companionFirst) {
            x = addStanding(sprites, companion, PlacedObject.Role.COMPANION, x, baseline, companionScale * shrink,
                    flip) + gap * shrink;
        }
        for (int i = 0; i < subject.count(); i++) {
            double jitter = Math.min(HEIGHT - 2 - baseline, random.nextDouble() * 6 - 3);
            x = addStanding(sprites, subject, PlacedObject.Role.SUBJECT, x, baseline + jitter, scale * shrink, flip)
                    + gap * shrink;
        }
        if (companion != null && !companionFirst) {
            addStanding(sprites, companion, PlacedObject.Role.COMPANION, x, baseline, companionScale * shrink, flip);
        }
        return sprites;
    }

    /** A random baseline at least 30 below the horizon, low enough for the tallest object to fit. */
    private static double groundLine(double horizon, double tallest, SplittableRandom random) {
        double low = Math.max(horizon + 30, tallest + MARGIN);
        return low + random.nextDouble() * Math.max(0, HEIGHT - 6 - low);
    }

    /** A large companion further back, the subjects lower and overlapping it. */
    private static List<Sprite> inFront(SceneGroup subject, SceneGroup companion, double horizon, boolean kerbside,
            SplittableRandom random) {
        double companionScale = companion.size().scale();
        double cw = companion.kind().width() * companionScale;
        double ch = companion.kind().height() * companionScale;
        double back = kerbside ? horizon + KERB + 4 + random.nextInt(5)
                : Math.max(horizon + 18, ch + MARGIN) + random.nextInt(16);
        double cx = MARGIN + random.nextDouble() * (WIDTH - 2 * MARGIN - cw);
        List<Sprite> sprites = new ArrayList<>();
        addStanding(sprites, companion, PlacedObject.Role.COMPANION, cx, back, companionScale, false);
        double scale = subject.size().scale();
        double gap = 3;
        double width = subject.count() * subject.kind().width() * scale + (subject.count() - 1) * gap;
        double shrink = Math.min(1, (WIDTH - 2 * MARGIN) / width);
        double front = Math.min(HEIGHT - 4, back + 22 + random.nextInt(16));
        double x = clamp(cx + cw / 2 - width * shrink / 2 + random.nextInt(17) - 8, width * shrink);
        boolean flip = random.nextBoolean();
        for (int i = 0; i < subject.count(); i++) {
            x = addStanding(sprites, subject, PlacedObject.Role.SUBJECT, x, front, scale * shrink, flip)
                    + gap * shrink;
        }
        return sprites;
    }

    static double clamp(double x, double width) {
        return Math.max(MARGIN, Math.min(WIDTH - MARGIN - width, x));
    }

    /** Adds a sprite standing on {@code baseline} at {@code x}; returns its right edge. */
    static double addStanding(List<Sprite> sprites, SceneGroup group, PlacedObject.Role role, double x,
            double baseline, double scale, boolean flip) {
        double w = group.kind().width() * scale;
        double h = group.kind().height() * scale;
        sprites.add(new Sprite(group.kind(), role, x, baseline - h, w, h, group.colour(), flip, false));
        return x + w;
    }
}
