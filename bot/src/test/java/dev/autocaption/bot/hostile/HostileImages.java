package dev.autocaption.bot.hostile;

import dev.autocaption.testing.ImageBytes;
import dev.autocaption.testing.WebPLossless;
import static dev.autocaption.bot.hostile.ImageEncoders.as;
import static dev.autocaption.bot.hostile.ImageEncoders.concat;
import static dev.autocaption.bot.hostile.ImageEncoders.encode;
import static dev.autocaption.bot.hostile.ImageEncoders.jpeg;
import static dev.autocaption.bot.hostile.ImageEncoders.random;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The hostile images, generated in code: what an image host may serve instead of a good photo, and unusual photos
 * that must still be read. Each has a name, a family (for the tally) and the outcomes it may rightly have.
 */
final class HostileImages {
    /** One image input. */
    record Case(String family, String name, byte[] bytes, Set<Expected> allowed) {
    }

    private static final Set<Expected> READ = EnumSet.of(Expected.CAPTIONED);
    private static final Set<Expected> REFUSED = EnumSet.of(Expected.BAD_IMAGE);

    private final List<Case> cases = new ArrayList<>();
    private final int scale;
    private final Random random;
    private final BufferedImage picture = ImageEncoders.picture(96, 72, 1);
    private final byte[] baseline = jpeg(picture, false, 0.9f);
    private final byte[] progressive = jpeg(picture, true, 0.9f);

    private HostileImages(int scale, long seed) {
        this.scale = scale;
        this.random = new Random(seed);
    }

    /** Every image input at this scale (1 for the JUnit form, more for the long form). */
    static List<Case> all(int scale) {
        HostileImages images = new HostileImages(scale, 20_261_203L);
        images.notImages();
        images.cutJpegs();
        images.trailingGarbage();
        images.jpegVariants();
        images.pngVariants();
        images.otherFormats();
        images.hugeHeaders();
        images.flippedBytes();
        images.randomBytes();
        return List.copyOf(images.cases);
    }

    private void add(String family, String name, byte[] bytes, Set<Expected> allowed) {
        cases.add(new Case(family, family + "/" + name, bytes, allowed));
    }

    private void notImages() {
        add("empty", "zero-bytes", new byte[0], EnumSet.of(Expected.FAILED));
        add("not-an-image", "one-byte-ff", new byte[] {(byte) 0xFF}, REFUSED);
        String[] texts = {"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>gone</body></html>",
                "<!doctype HTML>\n<HTML><BODY>Please log in</BODY></HTML>",
                "\uFEFF<html><body>with a byte order mark</body></html>",
                "  \n\n<html>leading blank lines</html>",
                "<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code></Error>",
                "{\"error\":\"not found\"}", "[1, 2, 3]", "Not Found", "   \n\t  ",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>",
                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>",
                "%PDF-1.7\n%âãÏÓ\n1 0 obj\n"};
        for (int i = 0; i < texts.length; i++) {
            add("not-an-image", "text-" + i, texts[i].getBytes(StandardCharsets.UTF_8), REFUSED);
        }
    }

    private void cutJpegs() {
        int points = 40 * scale;
        for (int i = 0; i < points; i++) {
            int at = 2 + (int) ((baseline.length - 4L) * i / points);
            add("jpeg-cut", "baseline-at-" + at, Arrays.copyOf(baseline, at), EnumSet.of(Expected.FAILED));
        }
        for (int i = 0; i < points / 2; i++) {
            int at = 2 + (int) ((progressive.length - 4L) * i / (points / 2));
            add("jpeg-cut", "progressive-at-" + at, Arrays.copyOf(progressive, at), EnumSet.of(Expected.FAILED));
        }
    }

    private void trailingGarbage() {
        int[] lengths = {1, 2, 3, 16, 500, 4096};
        for (int length : lengths) {
            add("jpeg-trailing", "random-" + length, concat(baseline, random(random, length)), READ);
            add("jpeg-trailing", "zeros-" + length, concat(baseline, new byte[length]), READ);
        }
        add("jpeg-trailing", "second-jpeg", concat(baseline, progressive), READ);
        add("jpeg-trailing", "html", concat(baseline, "<html>tracking pixel</html>".getBytes(StandardCharsets.UTF_8)),
                READ);
        add("jpeg-trailing", "soi-again", concat(baseline, new byte[] {(byte) 0xFF, (byte) 0xD8}), READ);
        for (int i = 0; i < 4 * scale; i++) {
            add("jpeg-trailing", "random-seed-" + i, concat(baseline, random(random, 10 + random.nextInt(3000))), READ);
        }
    }

    private void jpegVariants() {
        add("jpeg", "cmyk", ImageEncoders.adobeJpeg(96, 72, false), READ);
        add("jpeg", "ycck", ImageEncoders.adobeJpeg(96, 72, true), READ);
        add("jpeg", "progressive", progressive, READ);
        add("jpeg", "grey", jpeg(as(picture, BufferedImage.TYPE_BYTE_GRAY), false, 0.9f), READ);
        add("jpeg", "grey-progressive", jpeg(as(picture, BufferedImage.TYPE_BYTE_GRAY), true, 0.9f), READ);
        add("jpeg", "quality-1", jpeg(picture, false, 0.01f), READ);
        add("jpeg", "quality-100", jpeg(picture, false, 1f), READ);
        add("jpeg", "one-by-one", jpeg(ImageEncoders.picture(1, 1, 2), false, 0.9f), READ);
        add("jpeg", "two-by-two", jpeg(ImageEncoders.picture(2, 2, 3), false, 0.9f), READ);
        add("jpeg", "one-by-600", jpeg(ImageEncoders.picture(1, 600, 4), false, 0.9f), READ);
        add("jpeg", "600-by-one", jpeg(ImageEncoders.picture(600, 1, 5), false, 0.9f), READ);
        for (int orientation = 1; orientation <= 8; orientation++) {
            add("jpeg", "exif-orientation-" + orientation, ImageBytes.insertAfterSoi(baseline,
                    ImageEncoders.exifOrientation(orientation)), READ);
        }
        add("jpeg", "exif-orientation-99", ImageBytes.insertAfterSoi(baseline, ImageEncoders.exifOrientation(99)),
                READ);
        add("jpeg", "exif-garbage", ImageBytes.insertAfterSoi(baseline, ImageEncoders.segment(0xE1,
                concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), random(random, 200)))), READ);
        add("jpeg", "icc-garbage", ImageBytes.insertAfterSoi(baseline, ImageEncoders.segment(0xE2,
                concat("ICC_PROFILE\0\1\1".getBytes(StandardCharsets.US_ASCII), random(random, 300)))), READ);
        add("jpeg", "comment-64k", ImageBytes.insertAfterSoi(baseline, ImageEncoders.segment(0xFE,
                new byte[65_000])), READ);
        add("jpeg", "no-jfif", stripApp0(baseline), READ);
    }

    private static byte[] stripApp0(byte[] jpeg) {
        if ((jpeg[3] & 0xFF) != 0xE0) {
            return jpeg;
        }
        int length = (jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF);
        return concat(Arrays.copyOf(jpeg, 2), Arrays.copyOfRange(jpeg, 4 + length, jpeg.length));
    }

    private void pngVariants() {
        add("png", "rgb", encode(picture, "png"), READ);
        add("png", "grey-8", encode(as(picture, BufferedImage.TYPE_BYTE_GRAY), "png"), READ);
        add("png", "grey-16", encode(as(picture, BufferedImage.TYPE_USHORT_GRAY), "png"), READ);
        add("png", "rgb-16", encode(ImageEncoders.rgb16(picture), "png"), READ);
        add("png", "palette", encode(as(picture, BufferedImage.TYPE_BYTE_INDEXED), "png"), READ);
        add("png", "one-bit", encode(as(picture, BufferedImage.TYPE_BYTE_BINARY), "png"), READ);
        add("png", "alpha", encode(as(picture, BufferedImage.TYPE_INT_ARGB), "png"), READ);
        add("png", "one-by-one", encode(ImageEncoders.picture(1, 1, 6), "png"), READ);
        byte[] png = encode(picture, "png");
        for (int i = 0; i < 15 * scale; i++) {
            int at = 1 + (int) ((png.length - 2L) * i / (15 * scale));
            add("png-cut", "at-" + at, Arrays.copyOf(png, at), REFUSED);
        }
    }

    private void otherFormats() {
        add("format", "gif", encode(as(picture, BufferedImage.TYPE_BYTE_INDEXED), "gif"), READ);
        add("format", "gif-animated", ImageEncoders.animatedGif(picture, ImageEncoders.picture(96, 72, 7)), READ);
        add("format", "gif-one-by-one", encode(ImageEncoders.picture(1, 1, 8), "gif"), READ);
        add("format", "bmp-24", encode(picture, "bmp"), READ);
        add("format", "bmp-8", encode(as(picture, BufferedImage.TYPE_BYTE_INDEXED), "bmp"), READ);
        add("format", "webp-lossless", webp(96, 72), READ);
        add("format", "tiff", encode(picture, "tiff"), REFUSED);
        add("format", "tiff-big-endian", concat("MM\0*".getBytes(StandardCharsets.US_ASCII), random(random, 100)),
                REFUSED);
        add("format", "wbmp", encode(as(picture, BufferedImage.TYPE_BYTE_BINARY), "wbmp"), REFUSED);
        add("format", "heic", concat(new byte[] {0, 0, 0, 24}, "ftypheic".getBytes(StandardCharsets.US_ASCII),
                random(random, 64)), REFUSED);
        add("format", "avif", concat(new byte[] {0, 0, 0, 24}, "ftypavif".getBytes(StandardCharsets.US_ASCII),
                random(random, 64)), REFUSED);
        add("format", "psd", concat("8BPS".getBytes(StandardCharsets.US_ASCII), random(random, 64)), REFUSED);
    }

    private static byte[] webp(int width, int height) {
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = (i % width) < width / 2 ? 0xFF20C040 : 0xFFE0A020;
        }
        return WebPLossless.encode(width, height, argb);
    }

    private void hugeHeaders() {
        add("huge-header", "jpeg-20000x20000", ImageBytes.withJpegHeaderSize(baseline, 20_000, 20_000), REFUSED);
        add("huge-header", "jpeg-65535x65535", ImageBytes.withJpegHeaderSize(baseline, 65_535, 65_535), REFUSED);
        add("huge-header", "progressive-20000x20000", ImageBytes.withJpegHeaderSize(progressive, 20_000, 20_000),
                REFUSED);
        add("huge-header", "png-20000x20000", ImageBytes.pngHeaderWithBogusData(20_000, 20_000), REFUSED);
        add("huge-header", "png-2147483647x1", ImageBytes.pngHeaderWithBogusData(Integer.MAX_VALUE, 1), REFUSED);
        add("huge-header", "bmp-20000x20000", ImageEncoders.withBmpHeaderSize(encode(picture, "bmp"), 20_000, 20_000),
                REFUSED);
        add("huge-header", "webp-16384x16384", webp16k(), REFUSED);
    }

    /** A lossless WebP header claiming 16384 × 16384 (the format's maximum) over a 2-pixel bitstream. */
    private static byte[] webp16k() {
        byte[] small = WebPLossless.encode(2, 1, new int[] {0xFF000000, 0xFFFFFFFF});
        byte[] out = small.clone();
        int bits = (16_383) | (16_383 << 14);
        out[21] = (byte) bits;
        out[22] = (byte) (bits >> 8);
        out[23] = (byte) (bits >> 16);
        out[24] = (byte) ((out[24] & 0xF0) | (bits >> 24 & 0x0F));
        return out;
    }

    private void flippedBytes() {
        int start = ImageEncoders.scanStart(baseline) + 20;
        int flips = 30 * scale;
        for (int i = 0; i < flips; i++) {
            int at = start + (int) ((baseline.length - 2L - start) * i / flips);
            byte[] flipped = baseline.clone();
            flipped[at] ^= (byte) (1 << (i % 8));
            add("jpeg-flipped", "at-" + at + "-bit-" + (i % 8), flipped,
                    EnumSet.of(Expected.CAPTIONED, Expected.BAD_IMAGE, Expected.FAILED));
        }
    }

    private void randomBytes() {
        for (int i = 0; i < 30 * scale; i++) {
            add("random", "bytes-" + i, random(random, 1 + random.nextInt(20_000)), REFUSED);
        }
        byte[][] magics = {{(byte) 0xFF, (byte) 0xD8}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
                {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "GIF89a".getBytes(StandardCharsets.US_ASCII),
                "BM".getBytes(StandardCharsets.US_ASCII), "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)};
        String[] names = {"jpeg", "jfif", "png", "gif", "bmp", "webp"};
        for (int m = 0; m < magics.length; m++) {
            for (int i = 0; i < 5 * scale; i++) {
                add("random", names[m] + "-magic-" + i, concat(magics[m], random(random, 1 + random.nextInt(5000))),
                        m < 2 ? EnumSet.of(Expected.BAD_IMAGE, Expected.FAILED) : REFUSED);
            }
        }
    }
}
