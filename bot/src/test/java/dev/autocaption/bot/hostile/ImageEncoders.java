package dev.autocaption.bot.hostile;

import dev.autocaption.testing.ImageBytes;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Encodes pictures in the formats and variants the hostile images need; all in code, nothing from disk. */
final class ImageEncoders {
    private ImageEncoders() {
    }

    /** A photo-like picture: gradients, noise and a few shapes, different per seed. */
    static BufferedImage picture(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        Random noise = new Random(seed);
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0; x < width; x++, i += 3) {
                bgr[i] = (byte) (255 * y / height + noise.nextInt(16));
                bgr[i + 1] = (byte) (128 + noise.nextInt(32));
                bgr[i + 2] = (byte) (255 * x / width + noise.nextInt(16));
            }
        }
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(noise.nextInt(0xFFFFFF)));
        g.fillOval(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
        g.dispose();
        return image;
    }

    /** The picture redrawn into another image type (grey, palette, 1-bit, alpha, ...). */
    static BufferedImage as(BufferedImage source, int type) {
        BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), type);
        Graphics2D g = out.createGraphics();
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return out;
    }

    /** 16 bits per sample, RGB. */
    static BufferedImage rgb16(BufferedImage source) {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(source.getWidth(), source.getHeight());
        for (int y = 0; y < source.getHeight(); y++) {
            for (int x = 0; x < source.getWidth(); x++) {
                int rgb = source.getRGB(x, y);
                raster.setPixel(x, y, new int[] {(rgb >> 16 & 0xFF) * 257, (rgb >> 8 & 0xFF) * 257, (rgb & 0xFF) * 257});
            }
        }
        return new BufferedImage(model, raster, false, null);
    }

    static byte[] jpeg(RenderedImage image, boolean progressive, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        return write(writer, new IIOImage(image, null, null), param);
    }

    /** Any format ImageIO writes: png, gif, bmp, tiff, wbmp. */
    static byte[] encode(RenderedImage image, String format) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        return write(writer, new IIOImage(image, null, null), null);
    }

    /** An animated GIF with one frame per picture. */
    static byte[] animatedGif(RenderedImage... frames) {
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

    private static byte[] write(ImageWriter writer, IIOImage image, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, image, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A four-component Adobe JPEG: CMYK with inverted ink values as Photoshop writes, or YCCK (the YCbCr transform
     * of C, M, Y and an inverted K).
     */
    static byte[] adobeJpeg(int width, int height, boolean ycck) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] ink = {255 * x / width, 255 * y / height, (x + y) % 256, x < width / 2 ? 0 : 80};
                raster.setPixel(x, y, ycck ? ycck(ink) : new int[] {255 - ink[0], 255 - ink[1], 255 - ink[2],
                        255 - ink[3]});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        byte[] plain = write(writer, new IIOImage(raster, null, null), null);
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0,
                (byte) (ycck ? 2 : 0)};
        return ImageBytes.insertAfterSoi(plain, adobe);
    }

    private static int[] ycck(int[] ink) {
        double r = ink[0];
        double g = ink[1];
        double b = ink[2];
        return new int[] {clamp(0.299 * r + 0.587 * g + 0.114 * b), clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b),
                clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b), 255 - ink[3]};
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    /** A JPEG APP1 Exif segment holding only IFD0 Orientation. */
    static byte[] exifOrientation(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(ByteOrder.BIG_ENDIAN);
        tiff.put(new byte[] {'M', 'M'}).putShort((short) 42).putInt(8).putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array()));
    }

    /** A JPEG marker segment {@code FF <marker> <length> <payload>}. */
    static byte[] segment(int marker, byte[] payload) {
        ByteBuffer out = ByteBuffer.allocate(4 + payload.length);
        out.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
        return out.array();
    }

    /** Where the JPEG's first scan (SOS) starts. */
    static int scanStart(byte[] jpeg) {
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA) {
                return i;
            }
        }
        throw new IllegalArgumentException("no SOS marker in " + jpeg.length + " bytes");
    }

    /** A BMP whose header claims another size (little-endian width and height at offsets 18 and 22). */
    static byte[] withBmpHeaderSize(byte[] bmp, int width, int height) {
        byte[] out = bmp.clone();
        ByteBuffer.wrap(out, 18, 8).order(ByteOrder.LITTLE_ENDIAN).putInt(width).putInt(height);
        return out;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] random(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
