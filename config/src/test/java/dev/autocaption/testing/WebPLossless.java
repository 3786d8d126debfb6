package dev.autocaption.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A minimal lossless WebP (VP8L) encoder for tests: no transforms, no colour cache, and per channel a "simple"
 * prefix code of one or two 8-bit symbols. So it encodes images in which each of A, R, G, B takes at most two
 * values, which is plenty for checking that a decoder reads the format, including alpha. The bit layout follows
 * the WebP Lossless Bitstream Specification (RFC 9649).
 */
public final class WebPLossless {
    private final BitWriter bits = new BitWriter();

    private WebPLossless() {
    }

    /** {@code argb} is row-major, {@code width * height} pixels as 0xAARRGGBB. */
    public static byte[] encode(int width, int height, int[] argb) {
        byte[] data = new WebPLossless().bitstream(width, height, argb);
        int padded = data.length + (data.length & 1);
        ByteBuffer riff = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + padded);
        riff.put("WEBPVP8L".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return riff.array();
    }

    private byte[] bitstream(int width, int height, int[] argb) {
        bits.write(0x2F, 8);
        bits.write(width - 1, 14);
        bits.write(height - 1, 14);
        bits.write(1, 1);
        bits.write(0, 3);
        bits.write(0, 1);
        bits.write(0, 1);
        bits.write(0, 1);
        int[][] symbols = {channel(argb, 8), channel(argb, 16), channel(argb, 0), channel(argb, 24)};
        for (int[] channel : symbols) {
            simpleCode(channel);
        }
        simpleCode(new int[] {0});
        for (int pixel : argb) {
            for (int c = 0; c < 4; c++) {
                int[] channel = symbols[c];
                int shift = new int[] {8, 16, 0, 24}[c];
                if (channel.length == 2) {
                    bits.write((pixel >>> shift & 0xFF) == channel[0] ? 0 : 1, 1);
                }
            }
        }
        return bits.toByteArray();
    }

    /** The distinct values of one channel, sorted; a simple prefix code gives the smaller one code 0. */
    private static int[] channel(int[] argb, int shift) {
        int[] values = Arrays.stream(argb).map(p -> p >>> shift & 0xFF).distinct().sorted().toArray();
        if (values.length > 2) {
            throw new IllegalArgumentException("channel at bit " + shift + " has " + values.length
                    + " values; this encoder handles at most 2");
        }
        return values;
    }

    private void simpleCode(int[] symbols) {
        bits.write(1, 1);
        bits.write(symbols.length - 1, 1);
        bits.write(1, 1);
        for (int symbol : symbols) {
            bits.write(symbol, 8);
        }
    }

    /** Least significant bit first, as VP8L reads. */
    private static final class BitWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int buffer;
        private int count;

        void write(int value, int n) {
            for (int i = 0; i < n; i++) {
                buffer |= (value >>> i & 1) << count;
                if (++count == 8) {
                    out.write(buffer);
                    buffer = 0;
                    count = 0;
                }
            }
        }

        byte[] toByteArray() {
            if (count > 0) {
                out.write(buffer);
                buffer = 0;
                count = 0;
            }
            return out.toByteArray();
        }
    }
}
