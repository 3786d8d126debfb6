package dev.autocaption.workshop.training;

import dev.autocaption.inference.ImageInput;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Images that are not scenes, for checking that a scene-trained model's caption score drops outside its domain:
 * random noise, rendered text, and photo-like smooth gradients with soft blobs. A function of (seed, index); each
 * kind gets an equal share. Stateless and thread-safe.
 */
public final class OutOfDomainImages {
    /** What an image shows. */
    public enum Kind { NOISE, TEXT, GRADIENT }

    private static final String[] WORDS = {"invoice", "total", "meeting", "agenda", "quarterly", "report", "lorem",
        "ipsum", "dolor", "sit", "amet", "shipping", "address", "receipt", "chapter", "summary", "table", "figure"};

    private final int width;
    private final int height;

    public OutOfDomainImages(int width, int height) {
        if (width < 16 || height < 16 || width > 4096 || height > 4096) {
            throw new IllegalArgumentException("size must be 16..4096 on each side, was " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
    }

    /** {@code count} JPEG images, kinds in turn (noise, text, gradient, noise, …), ids {@code <kind>-<index>}. */
    public List<ImageInput> generate(int count, long seed) {
        List<ImageInput> images = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            images.add(new ImageInput(kind.name().toLowerCase(Locale.ROOT) + "-" + i, jpeg(draw(kind, seed, i))));
        }
        return images;
    }

    /**
     * {@code count} JPEG images of one kind, ids {@code <kind>-<index>}: the images of that kind {@link
     * #generate(int, long)} makes among {@code 3 × count}.
     */
    public List<ImageInput> generate(Kind kind, int count, long seed) {
        List<ImageInput> images = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int i = k * Kind.values().length + kind.ordinal();
            images.add(new ImageInput(kind.name().toLowerCase(Locale.ROOT) + "-" + i, jpeg(draw(kind, seed, i))));
        }
        return images;
    }

    /** One image of {@code kind}. */
    public BufferedImage draw(Kind kind, long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed * 31 + index);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        switch (kind) {
            case NOISE -> noise(image, random);
            case TEXT -> text(image, random);
            case GRADIENT -> gradient(image, random);
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
        return image;
    }

    private void noise(BufferedImage image, SplittableRandom random) {
        boolean grey = random.nextBoolean();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = random.nextInt(256);
                int rgb = grey ? r * 0x010101 : (r << 16) | (random.nextInt(256) << 8) | random.nextInt(256);
                image.setRGB(x, y, rgb);
            }
        }
    }

    private void text(BufferedImage image, SplittableRandom random) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int paper = 200 + random.nextInt(56);
        g.setColor(new Color(paper, paper, paper - random.nextInt(30)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(random.nextInt(80), random.nextInt(80), random.nextInt(80)));
        int size = Math.max(8, height / (8 + random.nextInt(10)));
        g.setFont(new Font(Font.SANS_SERIF, random.nextBoolean() ? Font.PLAIN : Font.BOLD, size));
        for (int y = size; y < height; y += size + size / 3) {
            StringBuilder line = new StringBuilder();
            for (int w = 0; w < 4 + random.nextInt(6); w++) {
                line.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            g.drawString(line.toString(), size / 2, y);
        }
        g.dispose();
    }

    private void gradient(BufferedImage image, SplittableRandom random) {
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, color(random), width * (float) random.nextDouble(), height, color(random)));
        g.fillRect(0, 0, width, height);
        for (int b = 0; b < 3 + random.nextInt(6); b++) {
            float radius = (float) (Math.min(width, height) * (0.1 + 0.4 * random.nextDouble()));
            float cx = (float) (width * random.nextDouble());
            float cy = (float) (height * random.nextDouble());
            Color c = color(random);
            g.setPaint(new RadialGradientPaint(cx, cy, radius, new float[] {0f, 1f},
                    new Color[] {new Color(c.getRed(), c.getGreen(), c.getBlue(), 200), new Color(0, 0, 0, 0)}));
            g.fillRect(0, 0, width, height);
        }
        g.dispose();
    }

    private static Color color(SplittableRandom random) {
        return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
    }

    private static byte[] jpeg(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer available");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding an out-of-domain image as JPEG", e);
        }
    }
}
