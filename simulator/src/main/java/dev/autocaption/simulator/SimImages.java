package dev.autocaption.simulator;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Images for the simulators: generated test pictures and scaled renditions. Pure JDK ImageIO. */
public final class SimImages {

    private SimImages() {
    }

    /** A JPEG of the given size: a colour gradient with a few shapes, different for each seed. */
    public static byte[] jpeg(int width, int height, long seed) {
        if (width < 1 || height < 1 || width > 8192 || height > 8192) {
            throw new IllegalArgumentException("image size must be in [1, 8192], was " + width + "x" + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Random random = new Random(seed);
            Color top = new Color(random.nextInt(0xFFFFFF));
            Color bottom = new Color(random.nextInt(0xFFFFFF));
            g.setPaint(new java.awt.GradientPaint(0, 0, top, 0, height, bottom));
            g.fillRect(0, 0, width, height);
            for (int i = 0; i < 5; i++) {
                g.setColor(new Color(random.nextInt(0xFFFFFF)));
                int w = 1 + random.nextInt(Math.max(1, width / 3));
                int h = 1 + random.nextInt(Math.max(1, height / 3));
                g.fillOval(random.nextInt(width), random.nextInt(height), w, h);
            }
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    /**
     * The image scaled so its long edge is {@code longEdge} (never enlarged). Bytes that ImageIO cannot decode
     * are returned unchanged, so tests can seed arbitrary bytes.
     */
    public static byte[] scaled(byte[] original, int longEdge) {
        BufferedImage source;
        try {
            source = ImageIO.read(new ByteArrayInputStream(original));
        } catch (IOException e) {
            return original;
        }
        if (source == null || Math.max(source.getWidth(), source.getHeight()) <= longEdge) {
            return original;
        }
        double factor = longEdge / (double) Math.max(source.getWidth(), source.getHeight());
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return encode(target);
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer in this JVM");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a JPEG", e);
        }
        return out.toByteArray();
    }
}
