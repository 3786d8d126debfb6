package dev.autocaption.workshop.scenes;

import static dev.autocaption.workshop.scenes.LivingShapes.polygon;

import java.awt.Color;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/** Houses, balls, kites and the sky's decorations in their nominal boxes. */
final class ThingShapes {
    private ThingShapes() {
    }

    /** 92x80: the colour is the walls'. */
    static void house(SpritePainter.Pen pen, Color walls) {
        Color glass = pen.lit(175, 215, 240);
        pen.fill(new Rectangle2D.Double(64, 6, 9, 20), pen.lit(110, 60, 45));
        pen.solid(new Rectangle2D.Double(8, 34, 76, 45), walls);
        pen.solid(polygon(0, 37, 46, 1, 92, 37), pen.lit(120, 45, 35));
        pen.fill(new Rectangle2D.Double(39, 54, 14, 25), pen.lit(100, 65, 35));
        for (double x : new double[] {16, 62}) {
            pen.solid(new Rectangle2D.Double(x, 44, 15, 14), glass);
            pen.line(x + 7.5, 44, x + 7.5, 58, walls, 1.2f);
        }
    }

    /** 28x28 (drawn as 24x24, scaled). */
    static void ball(SpritePainter.Pen pen, Color colour) {
        pen.g().scale(28 / 24.0, 28 / 24.0);
        pen.solid(new Ellipse2D.Double(1, 1, 22, 22), colour);
        pen.fill(new Ellipse2D.Double(6, 5, 6, 5), new Color(255, 255, 255, 120));
    }

    /** 38x50 (drawn as 32x42, scaled): a diamond with its spars and a short tail of bows. */
    static void kite(SpritePainter.Pen pen, Color colour) {
        pen.g().scale(38 / 32.0, 50 / 42.0);
        pen.solid(polygon(16, 0, 32, 15, 16, 36, 0, 15), colour);
        pen.line(16, 0, 16, 36, pen.lit(60, 40, 30), 1f);
        pen.line(0, 15, 32, 15, pen.lit(60, 40, 30), 1f);
        pen.fill(polygon(13, 37, 19, 41, 19, 37, 13, 41), colour);
    }

    /** 36x36: a yellow disc with rays by day, a large orange one at sunset. */
    static void sun(SpritePainter.Pen pen, Sky sky) {
        if (sky == Sky.SUNSET) {
            pen.fill(new Ellipse2D.Double(0, 0, 36, 36), new Color(255, 120, 40));
            return;
        }
        Color yellow = new Color(255, 225, 60);
        for (int i = 0; i < 8; i++) {
            double a = i * Math.PI / 4;
            pen.line(18 + Math.cos(a) * 12, 18 + Math.sin(a) * 12, 18 + Math.cos(a) * 17.5,
                    18 + Math.sin(a) * 17.5, yellow, 2f);
        }
        pen.fill(new Ellipse2D.Double(7, 7, 22, 22), yellow);
    }

    /** 70x28. */
    static void cloud(SpritePainter.Pen pen, Sky sky) {
        Color colour = sky == Sky.SUNSET ? new Color(250, 205, 195) : new Color(250, 250, 252);
        Area area = new Area(new Ellipse2D.Double(0, 10, 30, 18));
        area.add(new Area(new Ellipse2D.Double(14, 0, 30, 26)));
        area.add(new Area(new Ellipse2D.Double(34, 4, 26, 22)));
        area.add(new Area(new Ellipse2D.Double(46, 12, 24, 16)));
        pen.fill(area, colour);
    }

    /** 24x24: a crescent. */
    static void moon(SpritePainter.Pen pen) {
        Area crescent = new Area(new Ellipse2D.Double(0, 0, 24, 24));
        crescent.subtract(new Area(new Ellipse2D.Double(8, -3, 22, 22)));
        pen.fill(crescent, new Color(250, 245, 210));
    }

    /** 2x2. */
    static void star(SpritePainter.Pen pen) {
        pen.fill(new Rectangle2D.Double(0, 0, 2, 2), new Color(255, 255, 235));
    }
}
