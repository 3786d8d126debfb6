package dev.autocaption.inference.showandtell;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Encoded test images, good and bad, made in memory. */
final class TestImages {
    private TestImages() {
    }

    static byte[] noise(String format, int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static byte[] truncatedJpeg() {
        byte[] jpeg = noise("jpg", 64, 48, 1);
        return Arrays.copyOf(jpeg, jpeg.length / 3);
    }

    /** The JPEG with an APP1 Exif segment holding only an IFD0 Orientation tag (big-endian), right after SOI. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4);
        tiff.put(new byte[] {'M', 'M'}).putShort((short) 42).putInt(8).putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer app1 = ByteBuffer.allocate(4 + exif.length + tiff.capacity());
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + exif.length + tiff.capacity()));
        app1.put(exif).put(tiff.array());
        byte[] out = new byte[jpeg.length + app1.capacity()];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(app1.array(), 0, out, 2, app1.capacity());
        System.arraycopy(jpeg, 2, out, 2 + app1.capacity(), jpeg.length - 2);
        return out;
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body>404 Not Found</body></html>".getBytes(StandardCharsets.UTF_8);
    }

    /** A PNG signature and IHDR declaring 20000×20000 RGB, and no pixel data: a decompression-bomb header. */
    static byte[] hugePngHeader() {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(20_000).putInt(20_000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteBuffer out = ByteBuffer.allocate(8 + 12 + 13 + 12);
        out.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return Arrays.copyOf(out.array(), out.position());
    }

    private static void chunk(ByteBuffer out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.putInt(data.length).put(name).put(data).putInt((int) crc.getValue());
    }
}
