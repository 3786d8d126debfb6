package dev.autocaption.workshop.scenes;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;

/**
 * Paints one sprite: moves the origin to its box, scales the kind's nominal drawing to the box and mirrors it
 * when the sprite faces left, then hands over to the kind's shape. Stateless.
 */
final class SpritePainter {
    private SpritePainter() {
    }

    static void paint(Graphics2D canvas, Sprite sprite, Sky sky) {
        if (sprite.kind() == ObjectKind.KITE) {
            paintKiteString(canvas, sprite, sky);
        }
        Graphics2D g = (Graphics2D) canvas.create();
        try {
            g.translate(sprite.x(), sprite.y());
            g.scale(sprite.w() / sprite.kind().width(), sprite.h() / sprite.kind().height());
            if (sprite.flip()) {
                g.translate(sprite.kind().width(), 0);
                g.scale(-1, 1);
            }
            Color colour = sprite.role() == PlacedObject.Role.DECORATION
                    ? sprite.colour().rgb() : BackgroundPainter.lit(sprite.colour().rgb(), sky);
            Pen pen = new Pen(g, sky);
            switch (sprite.kind()) {
                case MAN, WOMAN -> LivingShapes.person(pen, colour, sprite.kind() == ObjectKind.WOMAN);
                case DOG -> LivingShapes.dog(pen, colour);
                case CAT -> LivingShapes.cat(pen, colour);
                case BIRD -> LivingShapes.bird(pen, colour, sprite.perched());
                case TREE -> LivingShapes.tree(pen);
                case CAR -> VehicleShapes.car(pen, colour);
                case BUS -> VehicleShapes.bus(pen, colour);
                case BOAT -> VehicleShapes.boat(pen, colour);
                case BICYCLE -> VehicleShapes.bicycle(pen, colour);
                case HOUSE -> ThingShapes.house(pen, colour);
                case BALL -> ThingShapes.ball(pen, colour);
                case KITE -> ThingShapes.kite(pen, colour);
                case SUN -> ThingShapes.sun(pen, sky);
                case CLOUD -> ThingShapes.cloud(pen, sky);
                case MOON -> ThingShapes.moon(pen);
                case STAR -> ThingShapes.star(pen);
            }
        } finally {
            g.dispose();
        }
    }

    /** The string runs from the kite down and to the side, out of the bottom of the picture. */
    private static void paintKiteString(Graphics2D canvas, Sprite kite, Sky sky) {
        Graphics2D g = (Graphics2D) canvas.create();
        try {
            g.setColor(BackgroundPainter.lit(new Color(60, 60, 60), sky));
            g.setStroke(new BasicStroke(0.8f));
            double side = kite.flip() ? -1 : 1;
            g.draw(new Line2D.Double(kite.centreX(), kite.bottom(), kite.centreX() + side * 40,
                    SceneLayout.HEIGHT));
        } finally {
            g.dispose();
        }
    }

    /** Fill-and-outline helper bound to one sprite's graphics; colours are lit for the scene's sky. */
    record Pen(Graphics2D g, Sky sky) {
        void fill(Shape shape, Color colour) {
            g.setColor(colour);
            g.fill(shape);
        }

        /** Fills with the colour and outlines a little darker, so white things stay visible on snow. */
        void solid(Shape shape, Color colour) {
            fill(shape, colour);
            g.setColor(outline(colour));
            g.setStroke(new BasicStroke(1.2f));
            g.draw(shape);
        }

        void line(double x1, double y1, double x2, double y2, Color colour, float width) {
            g.setColor(colour);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }

        Color lit(int r, int gr, int b) {
            return BackgroundPainter.lit(new Color(r, gr, b), sky);
        }

        private static Color outline(Color c) {
            double f = c.getRed() + c.getGreen() + c.getBlue() > 600 ? 0.6 : 0.55;
            return new Color((int) (c.getRed() * f), (int) (c.getGreen() * f), (int) (c.getBlue() * f));
        }
    }
}
