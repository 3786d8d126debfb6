package dev.autocaption.workshop.coco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A COCO captions file paired with the folder its {@code file_name}s are relative to, e.g.
 * {@code captions_train2014.json} with {@code train2014/}, or a folder written by the scene generator (captions
 * file inside the image folder). Opening checks that every listed image exists, so training never stops half-way
 * on a missing file. Immutable and thread-safe.
 */
public final class CocoDataset {
    /** The captions file name inside a generator-style folder. */
    public static final String DEFAULT_CAPTIONS_FILE = "captions.json";
    private static final int MISSING_SHOWN = 5;

    private final CocoCaptions captions;
    private final Path imageDir;
    private final List<CocoExample> examples;

    private CocoDataset(CocoCaptions captions, Path imageDir, List<CocoExample> examples) {
        this.captions = captions;
        this.imageDir = imageDir;
        this.examples = List.copyOf(examples);
    }

    /** Opens a generator-style folder: {@code dir/captions.json} with the images beside it. */
    public static CocoDataset open(Path dir) throws IOException, CocoFormatException {
        return open(dir.resolve(DEFAULT_CAPTIONS_FILE), dir);
    }

    /**
     * @throws CocoFormatException when the captions file is malformed (see {@link CocoJson#read}) or images it
     *                             lists are missing from {@code imageDir} (the message counts them and names the
     *                             first few)
     * @throws IOException         when a file cannot be read or {@code imageDir} is not a folder
     */
    public static CocoDataset open(Path captionsJson, Path imageDir) throws IOException, CocoFormatException {
        if (!Files.isDirectory(imageDir)) {
            throw new NoSuchFileException(imageDir.toString(), null, "image folder for " + captionsJson
                    + " not found");
        }
        CocoCaptions captions = CocoJson.read(captionsJson);
        List<String> missing = new ArrayList<>();
        List<CocoExample> examples = new ArrayList<>();
        Map<Long, List<String>> byImage = captions.captionsByImage();
        for (CocoImage image : captions.images()) {
            Path path = imageDir.resolve(image.fileName());
            if (!Files.isRegularFile(path)) {
                missing.add(image.fileName());
            } else if (!byImage.get(image.id()).isEmpty()) {
                examples.add(new CocoExample(image, path, byImage.get(image.id())));
            }
        }
        if (!missing.isEmpty()) {
            throw new CocoFormatException(missing.size() + " of the " + captions.images().size() + " images listed in "
                    + captionsJson + " are missing from " + imageDir + ": "
                    + String.join(", ", missing.subList(0, Math.min(MISSING_SHOWN, missing.size())))
                    + (missing.size() > MISSING_SHOWN ? ", ..." : ""));
        }
        return new CocoDataset(captions, imageDir, examples);
    }

    public CocoCaptions captions() {
        return captions;
    }

    public Path imageDir() {
        return imageDir;
    }

    /** The images that have at least one caption, in file order (images without captions are left out). */
    public List<CocoExample> examples() {
        return examples;
    }

    @Override
    public String toString() {
        return "CocoDataset[" + imageDir + ", " + examples.size() + " captioned images of " + captions + "]";
    }
}
