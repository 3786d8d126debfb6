package dev.autocaption.workshop.scenes;

import static dev.autocaption.workshop.scenes.LivingShapes.polygon;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Cars, buses, boats and bicycles in their nominal boxes, facing right; the colour is the body's. */
final class VehicleShapes {
    private VehicleShapes() {
    }

    /** 86x38. */
    static void car(SpritePainter.Pen pen, Color body) {
        Color glass = pen.lit(170, 210, 235);
        pen.solid(polygon(18, 1, 60, 1, 72, 15, 8, 15), body);
        pen.fill(polygon(22, 4, 38, 4, 38, 14, 14, 14), glass);
        pen.fill(polygon(42, 4, 58, 4, 67, 14, 42, 14), glass);
        pen.solid(new RoundRectangle2D.Double(1, 14, 84, 15, 8, 8), body);
        pen.fill(new Rectangle2D.Double(80, 17, 5, 4), pen.lit(250, 240, 170));
        wheel(pen, 11, 22, 16);
        wheel(pen, 59, 22, 16);
    }

    /** 136x62. */
    static void bus(SpritePainter.Pen pen, Color body) {
        Color glass = pen.lit(170, 210, 235);
        pen.solid(new RoundRectangle2D.Double(1, 1, 134, 50, 10, 10), body);
        for (int i = 0; i < 6; i++) {
            pen.fill(new Rectangle2D.Double(8 + i * 18, 8, 13, 15), glass);
        }
        pen.fill(new Rectangle2D.Double(117, 8, 14, 15), glass);
        pen.fill(new Rectangle2D.Double(117, 26, 12, 23), glass.darker());
        pen.fill(new Rectangle2D.Double(1, 30, 134, 3), pen.lit(235, 235, 235));
        wheel(pen, 16, 42, 19);
        wheel(pen, 94, 42, 19);
    }

    /** 80x70: hull with two sails. */
    static void boat(SpritePainter.Pen pen, Color hull) {
        Color sail = pen.lit(250, 248, 235);
        pen.line(38, 2, 38, 50, pen.lit(90, 70, 50), 2f);
        pen.solid(polygon(40, 4, 40, 46, 72, 46), sail);
        pen.solid(polygon(36, 12, 36, 46, 12, 46), sail);
        pen.solid(polygon(0, 48, 80, 48, 68, 67, 12, 67), hull);
        pen.fill(new Rectangle2D.Double(6, 52, 68, 2), pen.lit(240, 240, 240));
    }

    /** 58x36: two wheels and a frame in the colour. */
    static void bicycle(SpritePainter.Pen pen, Color frame) {
        Color tyre = pen.lit(30, 30, 30);
        for (double x : new double[] {1, 37}) {
            pen.g().setColor(tyre);
            pen.g().setStroke(new java.awt.BasicStroke(2.5f));
            pen.g().draw(new Ellipse2D.Double(x, 15, 20, 20));
        }
        pen.line(11, 25, 25, 25, frame, 2.6f);
        pen.line(11, 25, 21, 11, frame, 2.6f);
        pen.line(21, 11, 25, 25, frame, 2.6f);
        pen.line(21, 11, 43, 11, frame, 2.6f);
        pen.line(25, 25, 43, 11, frame, 2.6f);
        pen.line(43, 11, 47, 25, frame, 2.6f);
        pen.line(43, 11, 41, 4, frame, 2.6f);
        pen.line(38, 4, 46, 4, tyre, 2.4f);
        pen.line(17, 9, 25, 9, tyre, 3f);
    }

    private static void wheel(SpritePainter.Pen pen, double x, double y, double d) {
        pen.fill(new Ellipse2D.Double(x, y, d, d), pen.lit(25, 25, 25));
        pen.fill(new Ellipse2D.Double(x + d * 0.3, y + d * 0.3, d * 0.4, d * 0.4), pen.lit(170, 170, 175));
    }
}
