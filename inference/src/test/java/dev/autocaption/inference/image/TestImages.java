package dev.autocaption.inference.image;

import dev.autocaption.testing.ImageBytes;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Encoded test images, generated in code so that no binary fixture lives in git. */
final class TestImages {
    private TestImages() {
    }

    /** Four solid quadrants: top-left, top-right, bottom-left, bottom-right. */
    static BufferedImage quadrants(int width, int height, Color topLeft, Color topRight, Color bottomLeft,
            Color bottomRight) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        int midX = width / 2;
        int midY = height / 2;
        fill(g, topLeft, 0, 0, midX, midY);
        fill(g, topRight, midX, 0, width - midX, midY);
        fill(g, bottomLeft, 0, midY, midX, height - midY);
        fill(g, bottomRight, midX, midY, width - midX, height - midY);
        g.dispose();
        return image;
    }

    static BufferedImage solid(int width, int height, Color color) {
        return quadrants(width, height, color, color, color, color);
    }

    /** A photo-like image: a diagonal gradient with deterministic noise, so JPEG has real work to do. */
    static BufferedImage photoLike(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        java.util.Random noise = new java.util.Random(42);
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++, i += 3) {
                bgr[i] = (byte) (255 * y / height + noise.nextInt(16));
                bgr[i + 1] = (byte) (128 + noise.nextInt(32));
                bgr[i + 2] = (byte) (255 * x / width + noise.nextInt(16));
            }
        }
        return image;
    }

    /**
     * A drawn picture like the workshop's synthetic scenes: flat sky and ground, anti-aliased shapes with sharp
     * edges, placed by {@code seed}, so JPEG has flat areas and edges to encode rather than noise.
     */
    static BufferedImage drawn(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        java.util.Random place = new java.util.Random(seed);
        fill(g, new Color(135, 190, 235), 0, 0, width, height * 3 / 5);
        fill(g, new Color(90, 150, 60), 0, height * 3 / 5, width, height - height * 3 / 5);
        for (int i = 0; i < 4; i++) {
            g.setColor(new Color(place.nextInt(256), place.nextInt(256), place.nextInt(256)));
            double x = place.nextDouble() * width * 0.8;
            double y = place.nextDouble() * height * 0.8;
            g.fill(new Ellipse2D.Double(x, y, width * 0.15, height * 0.12));
            Path2D.Double roof = new Path2D.Double();
            roof.moveTo(x, y + height * 0.2);
            roof.lineTo(x + width * 0.1, y + height * 0.05);
            roof.lineTo(x + width * 0.2, y + height * 0.2);
            roof.closePath();
            g.fill(roof);
        }
        g.dispose();
        return image;
    }

    private static void fill(Graphics2D g, Color color, int x, int y, int width, int height) {
        g.setColor(color);
        g.fillRect(x, y, width, height);
    }

    static byte[] jpeg(RenderedImage image) {
        return jpeg(image, false);
    }

    static byte[] jpeg(RenderedImage image, boolean progressive) {
        return jpeg(image, progressive, 0.95f);
    }

    static byte[] jpeg(RenderedImage image, boolean progressive, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        return write(writer, List.of(new IIOImage(image, null, null)), param);
    }

    static byte[] encode(RenderedImage image, String format) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        return write(writer, List.of(new IIOImage(image, null, null)), null);
    }

    /** An animated GIF, one frame per image. */
    static byte[] gif(RenderedImage... frames) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (RenderedImage frame : frames) {
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] write(ImageWriter writer, List<IIOImage> images, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, images.get(0), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A four-component Adobe JPEG. CMYK ({@code ycck == false}) stores inverted ink values, as Photoshop does;
     * YCCK stores the YCbCr transform of (C, M, Y) and an inverted K. {@code cmyk} returns the ink (0..255) of
     * each pixel.
     */
    static byte[] adobeJpeg(int width, int height, boolean ycck, PixelInk cmyk) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] ink = cmyk.at(x, y);
                raster.setPixel(x, y, ycck ? ycck(ink) : new int[] {255 - ink[0], 255 - ink[1], 255 - ink[2],
                        255 - ink[3]});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        byte[] plain = write(writer, List.of(new IIOImage(raster, null, null)), null);
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0,
                (byte) (ycck ? 2 : 0)};
        return ImageBytes.insertAfterSoi(plain, adobe);
    }

    private static int[] ycck(int[] ink) {
        double r = ink[0];
        double g = ink[1];
        double b = ink[2];
        return new int[] {clamp(0.299 * r + 0.587 * g + 0.114 * b),
                clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b),
                clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b), 255 - ink[3]};
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    /** Ink amounts (C, M, Y, K) of one pixel. */
    interface PixelInk {
        int[] at(int x, int y);
    }

    /** The JPEG with an APP1 Exif segment holding IFD0 {Make, Orientation} right after SOI (and JFIF APP0). */
    static byte[] withExifOrientation(byte[] jpeg, int orientation, ByteOrder order) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4).order(order);
        tiff.put(order == ByteOrder.LITTLE_ENDIAN ? new byte[] {'I', 'I'} : new byte[] {'M', 'M'});
        tiff.putShort((short) 42).putInt(8).putShort((short) 2);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(4).put("Cam\0".getBytes(StandardCharsets.US_ASCII));
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer app1 = ByteBuffer.allocate(4 + exif.length + tiff.capacity()).order(ByteOrder.BIG_ENDIAN);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + exif.length + tiff.capacity()));
        app1.put(exif).put(tiff.array());
        return ImageBytes.insertAfterSoi(jpeg, app1.array());
    }
}
