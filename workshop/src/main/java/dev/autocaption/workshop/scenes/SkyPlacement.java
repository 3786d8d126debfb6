package dev.autocaption.workshop.scenes;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Layouts where something is off the ground: birds and kites in the sky, or birds and cats on a roof. */
final class SkyPlacement {
    private static final double TOP = 10;

    private SkyPlacement() {
    }

    /** Sky subjects spread across the sky, each in its own slot, all above the horizon. */
    static List<Sprite> scatter(SceneGroup subject, double horizon, SplittableRandom random) {
        double scale = subject.size().scale();
        double w = subject.kind().width() * scale;
        double h = subject.kind().height() * scale;
        double slot = (SceneLayout.WIDTH - 16) / subject.count();
        boolean flip = random.nextBoolean();
        List<Sprite> sprites = new ArrayList<>();
        for (int i = 0; i < subject.count(); i++) {
            double x = 8 + i * slot + random.nextDouble() * Math.max(0, slot - w);
            double y = TOP + random.nextDouble() * Math.max(0, horizon - 8 - h - TOP);
            sprites.add(new Sprite(subject.kind(), PlacedObject.Role.SUBJECT, x, y, w, h, subject.colour(), flip,
                    false));
        }
        return sprites;
    }

    /** A companion on the ground and the sky subjects right above it. */
    static List<Sprite> above(SceneGroup subject, SceneGroup companion, double horizon, SplittableRandom random) {
        double scale = subject.size().scale();
        double w = subject.kind().width() * scale;
        double h = subject.kind().height() * scale;
        double companionScale = Math.min(companion.size().scale(),
                (SceneLayout.HEIGHT - 8 - 2 * TOP - h) / companion.kind().height());
        double ch = companion.kind().height() * companionScale;
        double cw = companion.kind().width() * companionScale;
        double low = Math.max(horizon + 40, 2 * TOP + h + ch + 6);
        double baseline = low + random.nextDouble() * Math.max(0, SceneLayout.HEIGHT - 6 - low);
        double cx = SceneLayout.clamp(8 + random.nextDouble() * (SceneLayout.WIDTH - 16 - cw), cw);
        List<Sprite> sprites = new ArrayList<>();
        SceneLayout.addStanding(sprites, companion, PlacedObject.Role.COMPANION, cx, baseline, companionScale,
                random.nextBoolean());
        double ceiling = Math.min(horizon - 6, baseline - ch - 8) - h;
        double spread = w + 6;
        double first = SceneLayout.clamp(cx + cw / 2 - (subject.count() * spread - 6) / 2, subject.count() * spread);
        boolean flip = random.nextBoolean();
        for (int i = 0; i < subject.count(); i++) {
            double y = TOP + random.nextDouble() * Math.max(0, ceiling - TOP);
            sprites.add(new Sprite(subject.kind(), PlacedObject.Role.SUBJECT, first + i * spread, y, w, h,
                    subject.colour(), flip, false));
        }
        return sprites;
    }

    /** A car or house on the ground with the subjects sitting on its roof. */
    static List<Sprite> on(SceneGroup subject, SceneGroup companion, double horizon, SplittableRandom random) {
        double companionScale = companion.size().scale() * 1.1;
        double cw = companion.kind().width() * companionScale;
        double ch = companion.kind().height() * companionScale;
        double low = Math.max(horizon + 45, ch + 50);
        double baseline = low + random.nextDouble() * Math.max(0, SceneLayout.HEIGHT - 6 - low);
        double cx = 8 + random.nextDouble() * (SceneLayout.WIDTH - 16 - cw);
        List<Sprite> sprites = new ArrayList<>();
        SceneLayout.addStanding(sprites, companion, PlacedObject.Role.COMPANION, cx, baseline, companionScale,
                random.nextBoolean());
        double scale = Math.min(subject.size().scale(), subject.kind() == ObjectKind.BIRD ? 0.8 : 0.9);
        double w = subject.kind().width() * scale;
        double h = subject.kind().height() * scale;
        double top = baseline - ch;
        boolean flip = random.nextBoolean();
        for (int i = 0; i < subject.count(); i++) {
            double offset = (i - (subject.count() - 1) / 2.0) * (w + 2);
            double centre = cx + cw / 2 + offset;
            double roof = companion.kind() == ObjectKind.HOUSE
                    ? top + Math.abs(offset) * 36.0 / 46.0 + 2 : top + 2;
            sprites.add(new Sprite(subject.kind(), PlacedObject.Role.SUBJECT, centre - w / 2, roof - h, w, h,
                    subject.colour(), flip, subject.kind() == ObjectKind.BIRD));
        }
        return sprites;
    }
}
