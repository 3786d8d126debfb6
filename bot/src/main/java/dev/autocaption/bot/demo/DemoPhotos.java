package dev.autocaption.bot.demo;

import dev.autocaption.simulator.SimImages;
import dev.autocaption.workshop.scenes.SceneGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The demo's photos: mostly pictures of the kind the bundled model was trained on, some already carrying a
 * person's description, a few corrupt files and a few out-of-domain pictures. Where the in-domain pictures come
 * from is one function: {@link #scenes()} draws them with the scene generator the demo model was trained on.
 */
public final class DemoPhotos {
    /** One photo to seed. */
    public record Photo(int index, Kind kind, byte[] jpeg, String humanText) {
        public Photo {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(jpeg, "jpeg");
        }
    }

    /** What the photo is meant to show off. */
    public enum Kind { SCENE, DESCRIBED, CORRUPT, OUT_OF_DOMAIN }

    private final IntFunction<byte[]> scenes;

    public DemoPhotos(IntFunction<byte[]> scenes) {
        this.scenes = Objects.requireNonNull(scenes, "scenes");
    }

    /** A seed no training or evaluation run uses, so the demo shows the model pictures it has never seen. */
    public static final long SCENE_SEED = 20_261_126L;

    /** Scenes from the generator the bundled model was trained on, at its training size. */
    public static DemoPhotos scenes() {
        SceneGenerator generator = new SceneGenerator();
        return new DemoPhotos(i -> generator.scene(SCENE_SEED, i).jpeg());
    }

    /** {@code count} photos: every 6th described by a person, every 9th corrupt, every 11th out of domain. */
    public List<Photo> plan(int count) {
        List<Photo> photos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            photos.add(photo(i));
        }
        return photos;
    }

    private Photo photo(int i) {
        if (i % 9 == 8) {
            return new Photo(i, Kind.CORRUPT, corrupt(i), null);
        }
        if (i % 11 == 10) {
            return new Photo(i, Kind.OUT_OF_DOMAIN, SimImages.jpeg(300 + i, 900, 7L * i), null);
        }
        if (i % 6 == 5) {
            return new Photo(i, Kind.DESCRIBED, scenes.apply(i), "Holiday snapshot number " + i
                    + ", described by its owner.");
        }
        return new Photo(i, Kind.SCENE, scenes.apply(i), null);
    }

    /** A complete download (start and end markers in place) whose content is not a decodable JPEG. */
    private static byte[] corrupt(int i) {
        byte[] bytes = new byte[4096];
        new java.util.Random(i).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0x01;
        bytes[bytes.length - 2] = (byte) 0xFF;
        bytes[bytes.length - 1] = (byte) 0xD9;
        return bytes;
    }

    static String label(Photo photo) {
        return "demo " + photo.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + photo.index();
    }
}
