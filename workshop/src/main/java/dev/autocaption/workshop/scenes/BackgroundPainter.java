package dev.autocaption.workshop.scenes;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.SplittableRandom;

/** Paints sky and ground in the logical 320x240 canvas. Stateless. */
final class BackgroundPainter {
    private static final double W = SceneLayout.WIDTH;
    private static final double H = SceneLayout.HEIGHT;

    private BackgroundPainter() {
    }

    static void paint(Graphics2D g, Sky sky, Ground ground, double horizon, SplittableRandom random) {
        paintSky(g, sky, horizon, random);
        switch (ground) {
            case GRASS -> field(g, sky, horizon, new Color(70, 160, 60), new Color(40, 115, 35), random);
            case SNOW -> field(g, sky, horizon, new Color(238, 242, 250), new Color(215, 224, 240), random);
            case SAND -> beach(g, sky, horizon, random);
            case WATER -> water(g, sky, horizon, random);
            case ROAD -> road(g, sky, horizon, random);
        }
    }

    /** Darker and bluer at night, warmer at sunset: applied to everything below the sky. */
    static Color lit(Color c, Sky sky) {
        return switch (sky) {
            case DAY -> c;
            case SUNSET -> new Color(clip(c.getRed() * 0.95 + 12), clip(c.getGreen() * 0.9 + 4),
                    clip(c.getBlue() * 0.84));
            case NIGHT -> new Color(clip(c.getRed() * 0.55), clip(c.getGreen() * 0.58), clip(c.getBlue() * 0.7 + 12));
        };
    }

    private static Color shade(Color c, double factor) {
        return new Color(clip(c.getRed() * factor), clip(c.getGreen() * factor), clip(c.getBlue() * factor));
    }

    static int clip(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static void paintSky(Graphics2D g, Sky sky, double horizon, SplittableRandom random) {
        int jitter = random.nextInt(21) - 10;
        Color top = switch (sky) {
            case DAY -> new Color(55, 120 + jitter, 215);
            case SUNSET -> new Color(95 + jitter, 60, 135);
            case NIGHT -> new Color(8, 12, 38 + jitter);
        };
        Color bottom = switch (sky) {
            case DAY -> new Color(165, 205, 245 + jitter / 2);
            case SUNSET -> new Color(250, 150 + jitter, 70);
            case NIGHT -> new Color(30, 38, 78 + jitter);
        };
        g.setPaint(new GradientPaint(0, 0, top, 0, (float) horizon, bottom));
        g.fill(new Rectangle2D.Double(0, 0, W, horizon + 1));
    }

    private static void field(Graphics2D g, Sky sky, double horizon, Color near, Color far,
            SplittableRandom random) {
        g.setPaint(new GradientPaint(0, (float) horizon, lit(far, sky), 0, (float) H, lit(near, sky)));
        g.fill(new Rectangle2D.Double(0, horizon, W, H - horizon));
        g.setColor(lit(shade(far, 0.85), sky));
        for (int i = 0; i < 3; i++) {
            double cx = random.nextDouble() * W;
            double rx = 60 + random.nextDouble() * 80;
            g.fill(new Ellipse2D.Double(cx - rx, horizon - 8 - random.nextDouble() * 10, 2 * rx, 24));
        }
        g.setColor(lit(shade(near, 0.75), sky));
        for (int i = 0; i < 40; i++) {
            double x = random.nextDouble() * W;
            double y = horizon + 14 + random.nextDouble() * (H - horizon - 14);
            g.fill(new Rectangle2D.Double(x, y, 1.5, 3 + random.nextDouble() * 3));
        }
    }

    private static void beach(Graphics2D g, Sky sky, double horizon, SplittableRandom random) {
        double sea = 10 + random.nextInt(10);
        g.setColor(lit(new Color(45, 110, 175), sky));
        g.fill(new Rectangle2D.Double(0, horizon, W, sea));
        g.setColor(lit(new Color(240, 245, 250), sky));
        g.fill(new Rectangle2D.Double(0, horizon + sea - 2, W, 3));
        g.setPaint(new GradientPaint(0, (float) (horizon + sea), lit(new Color(220, 195, 140), sky), 0, (float) H,
                lit(new Color(238, 214, 160), sky)));
        g.fill(new Rectangle2D.Double(0, horizon + sea + 1, W, H - horizon - sea));
        g.setColor(lit(new Color(195, 170, 120), sky));
        for (int i = 0; i < 60; i++) {
            g.fill(new Rectangle2D.Double(random.nextDouble() * W,
                    horizon + sea + 4 + random.nextDouble() * (H - horizon - sea), 1.5, 1.5));
        }
    }

    private static void water(Graphics2D g, Sky sky, double horizon, SplittableRandom random) {
        g.setColor(lit(new Color(70, 100, 80), sky));
        for (int i = 0; i < 3; i++) {
            double cx = random.nextDouble() * W;
            g.fill(new Ellipse2D.Double(cx - 70, horizon - 9, 140, 18));
        }
        g.setPaint(new GradientPaint(0, (float) horizon, lit(new Color(60, 120, 180), sky), 0, (float) H,
                lit(new Color(25, 75, 140), sky)));
        g.fill(new Rectangle2D.Double(0, horizon, W, H - horizon));
        g.setColor(lit(new Color(140, 185, 225), sky));
        for (int i = 0; i < 45; i++) {
            double y = horizon + 4 + random.nextDouble() * (H - horizon - 4);
            double len = 6 + (y - horizon) / 8;
            g.fill(new Rectangle2D.Double(random.nextDouble() * W, y, len, 1.2));
        }
    }

    private static void road(Graphics2D g, Sky sky, double horizon, SplittableRandom random) {
        double kerb = SceneLayout.KERB;
        g.setColor(lit(new Color(80, 140, 65), sky));
        g.fill(new Rectangle2D.Double(0, horizon, W, kerb));
        g.setColor(lit(new Color(175, 175, 170), sky));
        g.fill(new Rectangle2D.Double(0, horizon + kerb, W, 6));
        g.setColor(lit(new Color(85, 85, 90), sky));
        g.fill(new Rectangle2D.Double(0, horizon + kerb + 6, W, H - horizon - kerb - 6));
        double lane = horizon + kerb + 6 + (H - horizon - kerb - 6) * (0.45 + random.nextDouble() * 0.2);
        g.setColor(lit(new Color(240, 230, 120), sky));
        for (double x = -random.nextInt(30); x < W; x += 34) {
            g.fill(new Rectangle2D.Double(x, lane, 18, 2.5));
        }
    }
}
