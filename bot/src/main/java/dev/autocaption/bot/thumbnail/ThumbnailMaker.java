package dev.autocaption.bot.thumbnail;

import dev.autocaption.inference.image.DecodedImage;
import dev.autocaption.inference.image.ImageDecoder;
import dev.autocaption.inference.image.ImageDecodingException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Image bytes → a JPEG whose long side is at most {@link #LONG_SIDE} pixels. Decodes with the engine's own
 * {@link ImageDecoder} (the same formats, pixel limit and EXIF orientation as captioning, so a thumbnail shows the
 * photo upright, as the model saw it), then scales with bilinear filtering. Stateless apart from the decoder;
 * thread-safe.
 */
final class ThumbnailMaker {
    /** The long side of a thumbnail, in pixels. */
    static final int LONG_SIDE = 320;
    private static final float QUALITY = 0.85f;

    private final ImageDecoder decoder;

    ThumbnailMaker(long maxPixels) {
        this.decoder = new ImageDecoder(Math.min(maxPixels, ImageDecoder.MAX_SUPPORTED_PIXELS));
    }

    /**
     * @param name names the image in errors (the photo key)
     * @throws ImageDecodingException when the bytes are no image the engine reads
     */
    byte[] make(String name, byte[] image) throws ImageDecodingException {
        DecodedImage decoded = decoder.decode(name, image, 2 * LONG_SIDE);
        return jpeg(scaled(decoded));
    }

    private static BufferedImage scaled(DecodedImage decoded) {
        double factor = Math.min(1.0, LONG_SIDE / (double) Math.max(decoded.width(), decoded.height()));
        int width = Math.max(1, (int) Math.round(decoded.width() * factor));
        int height = Math.max(1, (int) Math.round(decoded.height() * factor));
        BufferedImage source = rgb(decoded);
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static BufferedImage rgb(DecodedImage decoded) {
        BufferedImage image = new BufferedImage(decoded.width(), decoded.height(), BufferedImage.TYPE_INT_RGB);
        byte[] rgb = decoded.rgb();
        int[] row = new int[decoded.width()];
        for (int y = 0; y < decoded.height(); y++) {
            for (int x = 0; x < decoded.width(); x++) {
                int i = (y * decoded.width() + x) * 3;
                row[x] = (rgb[i] & 0xff) << 16 | (rgb[i + 1] & 0xff) << 8 | (rgb[i + 2] & 0xff);
            }
            image.setRGB(0, y, decoded.width(), 1, row, 0, decoded.width());
        }
        return image;
    }

    private static byte[] jpeg(BufferedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this Java has no JPEG writer (javax.imageio)");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("encoding a " + image.getWidth() + "x" + image.getHeight()
                    + " thumbnail in memory failed: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
