package dev.autocaption.inference.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.util.Arrays;

/**
 * Turns whatever {@link BufferedImage} a reader produced into 8-bit interleaved RGB, alpha composited onto white.
 *
 * <p>Three paths, none of them a per-pixel {@code getRGB}:
 * <ul>
 *   <li>{@code TYPE_3BYTE_BGR} (what JPEG, CMYK/YCCK JPEG and most BMPs decode to): one pass swapping B and R.</li>
 *   <li>grey, with or without alpha, 1 to 16 bits: samples read row by row and replicated into R, G and B. Java 2D
 *       would instead treat the grey as linear light and brighten it, which is not what TensorFlow's
 *       {@code DecodeJpeg(channels=3)} does.</li>
 *   <li>everything else (palette, 16-bit RGB, alpha, packed ints): drawn once onto a white
 *       {@code TYPE_3BYTE_BGR} canvas by Java 2D's blit loops, then the first path.</li>
 * </ul>
 */
final class RgbPixels {
    private RgbPixels() {
    }

    static DecodedImage of(BufferedImage image) {
        if (isPlainBgr(image)) {
            return fromBgr(image);
        }
        if (isIntegerGrey(image)) {
            return fromGrey(image.getRaster());
        }
        return fromBgr(onWhite(image));
    }

    private static boolean isPlainBgr(BufferedImage image) {
        Raster raster = image.getRaster();
        return image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel model
                && model.getScanlineStride() == 3 * image.getWidth()
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && raster.getDataBuffer().getOffset() == 0;
    }

    private static boolean isIntegerGrey(BufferedImage image) {
        Raster raster = image.getRaster();
        int[] sampleSizes = raster.getSampleModel().getSampleSize();
        return image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && !image.isAlphaPremultiplied()
                && raster.getNumBands() <= 2
                && Arrays.stream(sampleSizes).allMatch(bits -> bits >= 1 && bits <= 16)
                && raster.getTransferType() != DataBuffer.TYPE_FLOAT
                && raster.getTransferType() != DataBuffer.TYPE_DOUBLE;
    }

    private static DecodedImage fromBgr(BufferedImage image) {
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int length = 3 * image.getWidth() * image.getHeight();
        byte[] rgb = new byte[length];
        for (int i = 0; i < length; i += 3) {
            rgb[i] = bgr[i + 2];
            rgb[i + 1] = bgr[i + 1];
            rgb[i + 2] = bgr[i];
        }
        return new DecodedImage(image.getWidth(), image.getHeight(), rgb);
    }

    private static DecodedImage fromGrey(Raster raster) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        boolean alpha = raster.getNumBands() == 2;
        int greyMax = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
        int alphaMax = alpha ? (1 << raster.getSampleModel().getSampleSize(1)) - 1 : 1;
        int[] grey = new int[w];
        int[] alphas = new int[w];
        byte[] rgb = new byte[3 * w * h];
        for (int y = 0; y < h; y++) {
            raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, 0, grey);
            if (alpha) {
                raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, 1, alphas);
            }
            greyRow(grey, greyMax, alpha ? alphas : null, alphaMax, rgb, 3 * w * y);
        }
        return new DecodedImage(w, h, rgb);
    }

    /** Writes one row of grey (composited onto white when {@code alphas} is not null) as R = G = B. */
    private static void greyRow(int[] grey, int greyMax, int[] alphas, int alphaMax, byte[] rgb, int offset) {
        for (int x = 0, o = offset; x < grey.length; x++, o += 3) {
            int value = scale(grey[x], greyMax);
            byte composited = (byte) (alphas == null ? value : overWhite(value, scale(alphas[x], alphaMax)));
            rgb[o] = composited;
            rgb[o + 1] = composited;
            rgb[o + 2] = composited;
        }
    }

    private static int scale(int sample, int max) {
        return max == 255 ? sample : (sample * 255 + max / 2) / max;
    }

    private static int overWhite(int value, int alpha) {
        return (value * alpha + 255 * (255 - alpha) + 127) / 255;
    }

    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage canvas = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return canvas;
    }
}
