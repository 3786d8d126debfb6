package dev.autocaption.workshop.scenes;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** People, animals and trees, each drawn in its kind's nominal box (see {@link ObjectKind}), facing right. */
final class LivingShapes {
    private LivingShapes() {
    }

    /** 22x62 (man) or 24x62 (woman): the colour is the shirt or the dress. */
    static void person(SpritePainter.Pen pen, Color clothes, boolean woman) {
        Color skin = pen.lit(225, 180, 145);
        Color hair = pen.lit(70, 45, 25);
        if (woman) {
            pen.fill(new RoundRectangle2D.Double(6, 0, 12, 22, 6, 6), hair);
            pen.line(8, 22, 6, 36, skin, 2.5f);
            pen.line(16, 22, 18, 36, skin, 2.5f);
            pen.solid(polygon(7, 10, 17, 10, 23, 44, 1, 44), clothes);
            pen.line(9, 44, 9, 60, skin, 2.2f);
            pen.line(15, 44, 15, 60, skin, 2.2f);
            pen.fill(new Ellipse2D.Double(7, 1, 10, 10), skin);
        } else {
            pen.fill(new Ellipse2D.Double(6, 0, 10, 10), skin);
            pen.fill(new Rectangle2D.Double(6, 0, 10, 3.5), hair);
            pen.line(5, 13, 2, 32, skin, 2.8f);
            pen.line(17, 13, 20, 32, skin, 2.8f);
            pen.solid(new RoundRectangle2D.Double(4, 10, 14, 23, 4, 4), clothes);
            Color trousers = pen.lit(40, 45, 70);
            pen.fill(new Rectangle2D.Double(5, 33, 5, 27), trousers);
            pen.fill(new Rectangle2D.Double(12, 33, 5, 27), trousers);
        }
        pen.fill(new Rectangle2D.Double(woman ? 6 : 4, 59.5, 13, 2.5), pen.lit(30, 30, 30));
    }

    /** 60x42 (drawn as 52x36, scaled), head on the right. */
    static void dog(SpritePainter.Pen pen, Color fur) {
        pen.g().scale(60 / 52.0, 42 / 36.0);
        pen.line(10, 14, 2, 4, fur, 3.5f);
        for (double x : new double[] {11, 18, 32, 39}) {
            pen.solid(new Rectangle2D.Double(x, 20, 4.5, 15), fur);
        }
        pen.solid(new Ellipse2D.Double(7, 9, 37, 16), fur);
        pen.solid(new Ellipse2D.Double(35, 1, 14, 13), fur);
        pen.solid(new RoundRectangle2D.Double(44, 6, 8, 6, 3, 3), fur);
        pen.fill(polygon(36, 3, 41, 2, 38, 13), fur.darker());
        pen.fill(new Ellipse2D.Double(49.5, 6.5, 2.5, 2.5), Color.BLACK);
        pen.fill(new Ellipse2D.Double(43, 4.5, 2, 2), Color.BLACK);
    }

    /** 42x40 (drawn as 34x32, scaled), sitting, head on the right. */
    static void cat(SpritePainter.Pen pen, Color fur) {
        pen.g().scale(42 / 34.0, 40 / 32.0);
        Path2D tail = new Path2D.Double();
        tail.moveTo(6, 28);
        tail.curveTo(-2, 26, 0, 14, 4, 12);
        pen.g().setColor(fur);
        pen.g().setStroke(new java.awt.BasicStroke(3f));
        pen.g().draw(tail);
        pen.solid(new Ellipse2D.Double(4, 12, 22, 20), fur);
        pen.solid(polygon(17, 8, 19, 0, 23, 5), fur);
        pen.solid(polygon(27, 5, 31, 0, 32, 8), fur);
        pen.solid(new Ellipse2D.Double(16, 3, 17, 14), fur);
        Color eye = pen.lit(90, 170, 60);
        pen.fill(new Ellipse2D.Double(20, 8, 3, 3), eye);
        pen.fill(new Ellipse2D.Double(27, 8, 3, 3), eye);
    }

    /** 36x17 (drawn as 30x14, scaled): wings spread when flying, or a small bird sitting on a roof. */
    static void bird(SpritePainter.Pen pen, Color feathers, boolean perched) {
        pen.g().scale(36 / 30.0, 17 / 14.0);
        if (perched) {
            pen.fill(new Ellipse2D.Double(6, 3, 17, 9), feathers);
            pen.fill(new Ellipse2D.Double(19, 0, 8, 7), feathers);
            pen.fill(polygon(26, 3, 30, 4.5, 26, 5.5), pen.lit(230, 160, 40));
            pen.fill(polygon(7, 6, 0, 3, 1, 8), feathers);
            pen.line(13, 11, 12, 14, feathers, 1f);
            pen.line(16, 11, 17, 14, feathers, 1f);
            return;
        }
        Path2D wings = new Path2D.Double();
        wings.moveTo(0, 3);
        wings.quadTo(8, -2, 15, 8);
        wings.quadTo(22, -2, 30, 3);
        wings.quadTo(22, 3, 15, 13);
        wings.quadTo(8, 3, 0, 3);
        wings.closePath();
        pen.fill(wings, feathers);
    }

    /** 58x96: a trunk under a round leafy crown. */
    static void tree(SpritePainter.Pen pen) {
        pen.fill(new Rectangle2D.Double(24, 56, 10, 40), pen.lit(105, 70, 40));
        Color leaves = pen.lit(45, 130, 50);
        Color shade = pen.lit(35, 105, 40);
        pen.fill(new Ellipse2D.Double(2, 20, 30, 32), shade);
        pen.fill(new Ellipse2D.Double(26, 18, 30, 32), shade);
        pen.fill(new Ellipse2D.Double(10, 0, 38, 40), leaves);
        pen.fill(new Ellipse2D.Double(8, 30, 42, 32), leaves);
    }

    static Path2D polygon(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }
}
