package dev.autocaption.inference.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Decodes image bytes into {@link DecodedImage} pixels. Thread-safe.
 *
 * <p>First cut: plain ImageIO. To be replaced by the robust decoder (formats, EXIF orientation, pixel limit).
 */
public final class ImageDecoder {
    private final long maxPixels;

    public ImageDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /**
     * @param name  names the input in error messages (a path or photo id)
     * @throws ImageDecodingException when the bytes are not a decodable image or exceed the pixel limit
     */
    public DecodedImage decode(String name, byte[] bytes) throws ImageDecodingException {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new ImageDecodingException(name + ": not a readable image (" + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw new ImageDecodingException(name + ": not an image format we can read (" + bytes.length
                    + " bytes)");
        }
        long pixels = (long) image.getWidth() * image.getHeight();
        if (pixels > maxPixels) {
            throw new ImageDecodingException(name + ": " + image.getWidth() + "x" + image.getHeight()
                    + " exceeds the limit of " + maxPixels + " pixels");
        }
        byte[] rgb = new byte[image.getWidth() * image.getHeight() * 3];
        int i = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                rgb[i++] = (byte) (argb >> 16);
                rgb[i++] = (byte) (argb >> 8);
                rgb[i++] = (byte) argb;
            }
        }
        return new DecodedImage(image.getWidth(), image.getHeight(), rgb);
    }
}
