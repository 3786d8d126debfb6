package dev.autocaption.workshop.scenes;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes a clean drawing look photographed: box blur, Gaussian sensor noise, then lossy JPEG. All in plain Java
 * on the pixel array (no ConvolveOp, whose native acceleration could differ between machines), so the bytes
 * depend only on the random stream.
 */
final class CameraEffects {
    private CameraEffects() {
    }

    static Degradation choose(SplittableRandom random) {
        return new Degradation(random.nextInt(3), random.nextDouble() * 10, 0.35f + 0.55f * random.nextFloat());
    }

    /** Blurs and adds noise in place. */
    static void apply(BufferedImage image, Degradation degradation, SplittableRandom random) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < degradation.blurPasses(); i++) {
            rgb = boxBlur(rgb, w, h);
        }
        if (degradation.noiseSigma() > 0) {
            for (int i = 0; i < rgb.length; i++) {
                int p = rgb[i];
                rgb[i] = noisy(p >> 16 & 0xff, degradation.noiseSigma(), random) << 16
                        | noisy(p >> 8 & 0xff, degradation.noiseSigma(), random) << 8
                        | noisy(p & 0xff, degradation.noiseSigma(), random);
            }
        }
        image.setRGB(0, 0, w, h, rgb, 0, w);
    }

    private static int noisy(int value, double sigma, SplittableRandom random) {
        return BackgroundPainter.clip(value + random.nextGaussian() * sigma);
    }

    private static int[] boxBlur(int[] src, int w, int h) {
        int[] out = new int[src.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int row = Math.min(h - 1, Math.max(0, y + dy)) * w;
                    for (int dx = -1; dx <= 1; dx++) {
                        int p = src[row + Math.min(w - 1, Math.max(0, x + dx))];
                        r += p >> 16 & 0xff;
                        g += p >> 8 & 0xff;
                        b += p & 0xff;
                    }
                }
                out[y * w + x] = (r + 4) / 9 << 16 | (g + 4) / 9 << 8 | (b + 4) / 9;
            }
        }
        return out;
    }

    /** Baseline JPEG at a fixed quality with the first JPEG writer ImageIO offers (the JDK's). */
    static byte[] jpeg(BufferedImage image, float quality) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this JRE has no JPEG ImageWriter");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a " + image.getWidth() + "x" + image.getHeight()
                    + " scene as JPEG failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
