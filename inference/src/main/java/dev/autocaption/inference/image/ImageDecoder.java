package dev.autocaption.inference.image;

import dev.autocaption.config.ImageDecoding;
import dev.autocaption.config.JpegDct;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Objects;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes image bytes into upright 8-bit RGB {@link DecodedImage} pixels.
 *
 * <p>Reads baseline and progressive JPEG (including CMYK and YCCK, via TwelveMonkeys), PNG (grey, palette,
 * 16-bit, alpha), GIF (first frame), BMP and WebP. The format is told by magic bytes, not by the name. JPEG EXIF
 * orientation is applied unless {@link ImageDecoding#exifOrientation()} is off (EXIF in PNG or WebP, rare in
 * uploads, never is); alpha is composited onto white; grey is replicated into R, G and B, as TensorFlow's
 * {@code DecodeJpeg(channels=3)} does.
 *
 * <p>JPEG pixels, by {@link ImageDecoding#jpegDct()}:
 * <ul>
 *   <li>{@link JpegDct#ACCURATE}: ImageIO (TwelveMonkeys over the JDK's libjpeg 6b), whose IDCT is libjpeg's
 *       default, the accurate integer one: bit for bit TensorFlow's {@code DecodeJpeg(dct_method=
 *       "INTEGER_ACCURATE")} ({@code ImageDecoderJpegDctTest}), except that an embedded ICC profile other than
 *       sRGB is converted to sRGB, which TensorFlow ignores;</li>
 *   <li>{@link JpegDct#FAST}: TensorFlow's own {@code DecodeJpeg(dct_method="INTEGER_FAST")}, TensorFlow's default
 *       today, in a graph and session this decoder owns ({@link TensorFlowJpeg}). The header is still read by
 *       ImageIO first, so the pixel limit holds before any pixel is decoded.</li>
 * </ul>
 *
 * <p>Refusals, each an {@link ImageDecodingException} whose message starts with the input's name:
 * <ul>
 *   <li>empty input, HTML/XML/JSON/text, formats we don't read (TIFF, HEIC, AVIF, PDF, SVG), unknown bytes;</li>
 *   <li>images over the pixel limit, judged from the header before any pixel is decoded
 *       ({@code name: 20000x20000 exceeds the limit of 100000000 pixels});</li>
 *   <li>truncated JPEGs. The JPEG decoder would fill the missing part with grey and only warn; we refuse instead,
 *       because a caption of a half-grey picture is worse than a retry of the download. Other JPEG warnings
 *       (stray bytes before a marker, a broken ICC profile) are tolerated, since the pixels are all there;</li>
 *   <li>any other failure of the underlying reader (corrupt data, truncated PNG/GIF/BMP/WebP).</li>
 * </ul>
 * A bad input never throws anything else, so one bad image cannot break the batch it is in.
 *
 * <p>Thread-safe: every call uses its own ImageIO reader, and nothing is registered in ImageIO's global registry.
 * {@link #close()} frees the TensorFlow session of {@link JpegDct#FAST} (a no-op otherwise); whoever made the
 * decoder closes it after its last call.
 */
public final class ImageDecoder implements AutoCloseable {
    /** Keeps {@code width * height * 3} within a Java array. */
    public static final long MAX_SUPPORTED_PIXELS = Integer.MAX_VALUE / 3;

    private final long maxPixels;
    private final boolean exifOrientation;
    /** TensorFlow's decoder for {@link JpegDct#FAST}; null for {@link JpegDct#ACCURATE}. */
    private final TensorFlowJpeg fastJpeg;
    private final ImageReaders readers = new ImageReaders();

    /** A decoder with the default decoding: accurate IDCT, EXIF orientation applied. */
    public ImageDecoder(long maxPixels) {
        this(maxPixels, ImageDecoding.defaults());
    }

    /**
     * @param maxPixels the largest {@code width * height} accepted, 1 to {@link #MAX_SUPPORTED_PIXELS}
     * @throws IllegalArgumentException when {@code maxPixels} is out of that range
     */
    public ImageDecoder(long maxPixels, ImageDecoding decoding) {
        if (maxPixels < 1 || maxPixels > MAX_SUPPORTED_PIXELS) {
            throw new IllegalArgumentException("maxPixels must be between 1 and " + MAX_SUPPORTED_PIXELS
                    + ", was " + maxPixels);
        }
        this.maxPixels = maxPixels;
        this.exifOrientation = decoding.exifOrientation();
        this.fastJpeg = decoding.jpegDct() == JpegDct.FAST ? new TensorFlowJpeg(TensorFlowJpeg.INTEGER_FAST) : null;
    }

    /**
     * Decodes at full resolution.
     *
     * @param name  names the input in error messages (a path or photo id)
     * @throws ImageDecodingException when the bytes are not a decodable image or exceed the pixel limit
     */
    public DecodedImage decode(String name, byte[] bytes) throws ImageDecodingException {
        return decode(name, bytes, Integer.MAX_VALUE);
    }

    /**
     * Decodes, skipping rows and columns while reading when the image is at least twice as large as needed: the
     * result's long side is never below {@code targetLongSide} (nor above the original). Subsampling picks every
     * n-th pixel (no filtering), so ask for comfortably more than the model's input size. The pixel limit applies
     * to the original size, since decoding time grows with it.
     *
     * @param targetLongSide the smallest long side wanted, at least 1
     * @throws ImageDecodingException when the bytes are not a decodable image or exceed the pixel limit
     */
    public DecodedImage decode(String name, byte[] bytes, int targetLongSide) throws ImageDecodingException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (targetLongSide < 1) {
            throw new IllegalArgumentException("targetLongSide must be at least 1, was " + targetLongSide);
        }
        ImageFormat format = FormatDetector.detect(name, bytes);
        DecodedImage stored = format == ImageFormat.JPEG && fastJpeg != null
                ? decodeWithTensorFlow(name, bytes, targetLongSide) : readPixels(name, format, bytes, targetLongSide);
        return format == ImageFormat.JPEG && exifOrientation ? ExifOrientation.read(bytes).apply(stored) : stored;
    }

    /** The JPEG's header through ImageIO (limit, subsampling), its pixels through TensorFlow. */
    private DecodedImage decodeWithTensorFlow(String name, byte[] bytes, int targetLongSide)
            throws ImageDecodingException {
        ImageReader reader = createReader(name, ImageFormat.JPEG);
        int step;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            step = subsampling(name, reader, targetLongSide);
        } catch (IOException | RuntimeException e) {
            throw new ImageDecodingException(name + ": truncated or corrupt JPEG (" + e + ")", e);
        } finally {
            reader.dispose();
        }
        DecodedImage full = fastJpeg.decode(name, bytes);
        return step == 1 ? full : full.everyNth(step);
    }

    /** Reads and converts under one guard, so that no reader or Java 2D failure escapes unwrapped. */
    private DecodedImage readPixels(String name, ImageFormat format, byte[] bytes, int targetLongSide)
            throws ImageDecodingException {
        ImageReader reader = createReader(name, format);
        TruncationWarnings warnings = new TruncationWarnings();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener(warnings);
            ImageReadParam param = readParam(name, reader, targetLongSide);
            BufferedImage image = reader.read(0, param);
            warnings.check(name, format);
            return RgbPixels.of(image);
        } catch (IOException | RuntimeException e) {
            throw new ImageDecodingException(name + ": truncated or corrupt " + format + " (" + e + ")", e);
        } finally {
            reader.dispose();
        }
    }

    private ImageReader createReader(String name, ImageFormat format) throws ImageDecodingException {
        try {
            return readers.create(format);
        } catch (IOException e) {
            throw new ImageDecodingException(name + ": could not create a " + format + " reader ("
                    + readers.providerName(format) + ")", e);
        }
    }

    /** Checks the size in the header against the limit, then sets the subsampling. */
    private ImageReadParam readParam(String name, ImageReader reader, int targetLongSide)
            throws IOException, ImageDecodingException {
        int step = subsampling(name, reader, targetLongSide);
        ImageReadParam param = reader.getDefaultReadParam();
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return param;
    }

    /** Checks the size in the header against the limit; the step that keeps the long side at least the target. */
    private int subsampling(String name, ImageReader reader, int targetLongSide)
            throws IOException, ImageDecodingException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if ((long) width * height > maxPixels) {
            throw new ImageDecodingException(name + ": " + width + "x" + height + " exceeds the limit of "
                    + maxPixels + " pixels");
        }
        return Math.max(1, Math.max(width, height) / targetLongSide);
    }

    @Override
    public void close() {
        if (fastJpeg != null) {
            fastJpeg.close();
        }
    }
}
