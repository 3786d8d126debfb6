package dev.autocaption.workshop.scenes;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Sun, clouds, moon and stars: background that never covers the subject or the companion. */
final class Decorations {
    private static final int TRIES = 20;

    private Decorations() {
    }

    static List<Sprite> place(SceneDescription scene, double horizon, List<Sprite> actors, SplittableRandom random) {
        List<Sprite> taken = new ArrayList<>(actors);
        List<Sprite> placed = new ArrayList<>();
        if (scene.sky() == Sky.NIGHT) {
            night(placed, taken, horizon, random);
            return placed;
        }
        if (scene.sun()) {
            boolean low = scene.sky() == Sky.SUNSET;
            add(placed, taken, random, r -> sprite(ObjectKind.SUN, 10 + r.nextDouble() * 264,
                    low ? horizon - 38 - r.nextDouble() * 18 : 8 + r.nextDouble() * 30, 1));
        }
        for (int i = 0; i < scene.clouds(); i++) {
            add(placed, taken, random, r -> {
                double scale = 0.7 + r.nextDouble() * 0.5;
                return sprite(ObjectKind.CLOUD, 4 + r.nextDouble() * (312 - 70 * scale),
                        6 + r.nextDouble() * Math.max(2, horizon - 34 - 28 * scale), scale);
            });
        }
        return placed;
    }

    private static void night(List<Sprite> placed, List<Sprite> taken, double horizon, SplittableRandom random) {
        int stars = 25 + random.nextInt(21);
        for (int i = 0; i < stars; i++) {
            placed.add(sprite(ObjectKind.STAR, 1 + random.nextDouble() * 316, 2 + random.nextDouble() * (horizon - 10),
                    1));
        }
        add(placed, taken, random, r -> sprite(ObjectKind.MOON, 20 + r.nextDouble() * 256, 8 + r.nextDouble() * 32,
                1));
    }

    private interface Candidate {
        Sprite next(SplittableRandom random);
    }

    /** Tries a few positions clear of everything placed so far; keeps the last try if none is clear. */
    private static void add(List<Sprite> placed, List<Sprite> taken, SplittableRandom random, Candidate candidate) {
        Sprite sprite = candidate.next(random);
        for (int i = 1; i < TRIES && collides(sprite, taken); i++) {
            sprite = candidate.next(random);
        }
        placed.add(sprite);
        taken.add(sprite);
    }

    private static boolean collides(Sprite sprite, List<Sprite> taken) {
        return taken.stream().anyMatch(other -> sprite.overlaps(other, 4));
    }

    private static Sprite sprite(ObjectKind kind, double x, double y, double scale) {
        return new Sprite(kind, PlacedObject.Role.DECORATION, x, y, kind.width() * scale, kind.height() * scale,
                kind.colours().get(0), false, false);
    }
}
