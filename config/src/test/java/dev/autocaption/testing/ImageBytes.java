package dev.autocaption.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Hand-made image bytes the decoder tests of every module share: a JPEG segment inserted after SOI, a JPEG whose
 * header claims another size, a PNG whose header claims a size its data cannot fill.
 */
public final class ImageBytes {
    private ImageBytes() {
    }

    /** Inserts a segment after SOI, or after a JFIF APP0 that follows it. */
    public static byte[] insertAfterSoi(byte[] jpeg, byte[] segment) {
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at += 2 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        }
        byte[] out = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, out, 0, at);
        System.arraycopy(segment, 0, out, at, segment.length);
        System.arraycopy(jpeg, at, out, at + segment.length, jpeg.length - at);
        return out;
    }

    /** The JPEG with the size in its SOF0/SOF2 header replaced; the scan data is left as it was. */
    public static byte[] withJpegHeaderSize(byte[] jpeg, int width, int height) {
        byte[] out = jpeg.clone();
        for (int i = 2; i + 9 < out.length; i++) {
            int marker = out[i + 1] & 0xFF;
            if ((out[i] & 0xFF) == 0xFF && (marker == 0xC0 || marker == 0xC2)) {
                ByteBuffer.wrap(out, i + 5, 4).putShort((short) height).putShort((short) width);
                return out;
            }
        }
        throw new IllegalArgumentException("no SOF0/SOF2 marker in " + jpeg.length + " bytes");
    }

    /** A PNG whose IHDR claims the given size, followed by an IDAT that holds no valid zlib stream. */
    public static byte[] pngHeaderWithBogusData(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        pngChunk(out, "IHDR", ihdr.array());
        pngChunk(out, "IDAT", "this is not zlib data".getBytes(StandardCharsets.US_ASCII));
        pngChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
