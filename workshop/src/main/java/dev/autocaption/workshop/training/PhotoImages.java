package dev.autocaption.workshop.training;

import dev.autocaption.inference.ImageInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Real photographs for the out-of-domain check of a model trained on drawn scenes: the image files of a folder, or
 * the photographs among the sample images of scikit-image (the Debian package {@code python3-skimage}, which
 * {@code .ci/install-detector} installs; CC0 / public-domain images such as {@code chelsea.png}, a cat, and
 * {@code coffee.png}). Stateless.
 */
public final class PhotoImages {
    /** Where Debian's {@code python3-skimage} keeps its sample images. */
    public static final Path SKIMAGE_DATA = Path.of("/usr/lib/python3/dist-packages/skimage/data");
    /** The sample images that are photographs (not drawings, charts, text or test patterns). */
    public static final List<String> SKIMAGE_PHOTOS = List.of("astronaut.png", "brick.png", "camera.png",
            "chelsea.png", "clock_motion.png", "coffee.png", "coins.png", "grass.png", "gravel.png",
            "hubble_deep_field.jpg", "ihc.png", "moon.png", "motorcycle_left.png", "motorcycle_right.png",
            "retina.jpg", "rocket.jpg");
    private static final List<String> EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp",
            ".tif", ".tiff");

    private PhotoImages() {
    }

    /** Every image file (by extension) directly in {@code dir}, by name; ids are the file names. */
    public static List<ImageInput> folder(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile).filter(PhotoImages::isImage).sorted().toList();
        }
        return read(files);
    }

    /** The scikit-image photographs found in {@code dataDir} (none when it does not exist). */
    public static List<ImageInput> skimage(Path dataDir) throws IOException {
        List<Path> files = SKIMAGE_PHOTOS.stream().map(dataDir::resolve).filter(Files::isRegularFile).toList();
        return read(files);
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static List<ImageInput> read(List<Path> files) throws IOException {
        List<ImageInput> out = new ArrayList<>(files.size());
        for (Path file : files) {
            out.add(new ImageInput(file.getFileName().toString(), Files.readAllBytes(file)));
        }
        return out;
    }
}
