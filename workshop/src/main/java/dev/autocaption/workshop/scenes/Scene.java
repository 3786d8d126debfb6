package dev.autocaption.workshop.scenes;

import dev.autocaption.inference.image.DecodedImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * One generated scene: the JPEG exactly as {@link SceneGenerator#generate} writes it, what it shows, and its
 * reference captions.
 *
 * @param seed        the data set seed it was generated with
 * @param index       its position in that data set
 * @param width       image width in pixels
 * @param height      image height in pixels
 * @param description what was drawn; the captions were written from it
 * @param objects     every drawn object's box in pixels (decorations first, then companion, then subjects)
 * @param horizon     the pixel row where sky meets ground
 * @param degradation the blur, noise and JPEG quality applied
 * @param captions    5 distinct captions, the canonical phrasing first (see the model card)
 * @param jpeg        the encoded image; not copied, do not modify
 */
public record Scene(long seed, int index, int width, int height, SceneDescription description,
        List<PlacedObject> objects, int horizon, Degradation degradation, List<String> captions, byte[] jpeg) {
    public Scene {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(degradation, "degradation");
        Objects.requireNonNull(jpeg, "jpeg");
        objects = List.copyOf(objects);
        captions = List.copyOf(captions);
        if (captions.isEmpty()) {
            throw new IllegalArgumentException("a scene needs captions, scene " + index + " of seed " + seed);
        }
    }

    /** The canonical caption, the one phrasing every scene of this kind shares. */
    public String canonicalCaption() {
        return captions.get(0);
    }

    /** Decodes {@link #jpeg()} (with its artefacts) into a new RGB image. */
    public BufferedImage image() {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            if (image == null) {
                throw new IllegalStateException("no JPEG reader for scene " + index + " of seed " + seed);
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("decoding scene " + index + " of seed " + seed, e);
        }
    }

    /** The decoded pixels in the form the captioning engine takes. */
    DecodedImage pixels() {
        BufferedImage image = image();
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        byte[] rgb = new byte[argb.length * 3];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (byte) (argb[i] >> 16);
            rgb[3 * i + 1] = (byte) (argb[i] >> 8);
            rgb[3 * i + 2] = (byte) argb[i];
        }
        return new DecodedImage(image.getWidth(), image.getHeight(), rgb);
    }

    @Override
    public String toString() {
        return "Scene[seed=" + seed + ", index=" + index + ", " + width + "x" + height + ", " + description
                + ", captions=" + captions + ", jpeg=" + jpeg.length + " bytes]";
    }
}
