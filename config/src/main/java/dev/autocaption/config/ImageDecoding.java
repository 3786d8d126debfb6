package dev.autocaption.config;

import java.util.Objects;

/**
 * How photos are decoded before the model sees them ({@code model.jpeg-dct} and {@code model.exif-orientation}).
 *
 * @param jpegDct         which inverse DCT decodes JPEGs
 * @param exifOrientation whether a JPEG's EXIF orientation is applied, so the model sees the photo upright as a
 *                        viewer shows it; im2txt did not (TensorFlow's decoder ignores EXIF)
 */
public record ImageDecoding(JpegDct jpegDct, boolean exifOrientation) {
    public ImageDecoding {
        Objects.requireNonNull(jpegDct, "jpegDct");
    }

    /** The defaults: accurate IDCT, EXIF orientation applied. */
    public static ImageDecoding defaults() {
        return new ImageDecoding(JpegDct.ACCURATE, true);
    }

    /** Exactly as im2txt decoded: accurate IDCT, EXIF orientation ignored. */
    public static ImageDecoding im2txt() {
        return new ImageDecoding(JpegDct.ACCURATE, false);
    }
}
