package dev.autocaption.workshop.scenes;

import dev.autocaption.workshop.coco.CocoAnnotation;
import dev.autocaption.workshop.coco.CocoCaptions;
import dev.autocaption.workshop.coco.CocoDataset;
import dev.autocaption.workshop.coco.CocoImage;
import dev.autocaption.workshop.coco.CocoJson;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Draws synthetic photo-like scenes with reference captions. A scene is a pure function of (seed, index, size):
 * each gets its own random streams derived from both, so scenes are byte-identical across runs and independent
 * of how many were generated before. Rasterisation is Java2D's pure-Java pipeline and the JPEG writer runs at a
 * fixed quality, so bytes match across machines on the same JDK release (a new JDK may anti-alias differently).
 * Thread-safe (no state beyond the image size).
 */
public final class SceneGenerator {
    /** Written into every data set's info block; bump when the drawing or the grammar changes. */
    public static final String VERSION = "1";
    public static final String CAPTIONS_FILE = CocoDataset.DEFAULT_CAPTIONS_FILE;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final int width;
    private final int height;
    private final ScenePlanner planner = new ScenePlanner();
    private final CaptionWriter captions = new CaptionWriter();

    /** 320x240 scenes. */
    public SceneGenerator() {
        this(320, 240);
    }

    /** @throws IllegalArgumentException unless both sides are 32..2048 pixels */
    public SceneGenerator(int width, int height) {
        if (width < 32 || height < 32 || width > 2048 || height > 2048) {
            throw new IllegalArgumentException("scene size must be 32..2048 on each side, was " + width + "x"
                    + height);
        }
        this.width = width;
        this.height = height;
    }

    /** Scene {@code index} of the data set with {@code seed}, in memory. */
    public Scene scene(long seed, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
        SplittableRandom root = new SplittableRandom(new SplittableRandom(seed).nextLong()
                + index * GOLDEN_GAMMA);
        SplittableRandom planRandom = root.split();
        SplittableRandom layoutRandom = root.split();
        SplittableRandom paintRandom = root.split();
        SplittableRandom cameraRandom = root.split();
        SplittableRandom captionRandom = root.split();
        SceneDescription description = planner.plan(planRandom);
        SceneLayout layout = SceneLayout.of(description, layoutRandom);
        BufferedImage image = draw(description, layout, paintRandom);
        Degradation degradation = CameraEffects.choose(cameraRandom);
        CameraEffects.apply(image, degradation, cameraRandom);
        double sx = width / SceneLayout.WIDTH;
        double sy = height / SceneLayout.HEIGHT;
        List<PlacedObject> objects = layout.sprites().stream().map(s -> s.placed(sx, sy)).toList();
        return new Scene(seed, index, width, height, description, objects, (int) Math.round(layout.horizon() * sy),
                degradation, captions.write(description, captionRandom),
                CameraEffects.jpeg(image, degradation.jpegQuality()));
    }

    /**
     * Writes scenes 0..count-1 of {@code seed} as {@code scene-NNNNNN.jpg} plus {@value #CAPTIONS_FILE} (COCO
     * captions layout; image id = scene index, annotation id = index * 5 + caption number) into {@code outDir},
     * creating it if needed and overwriting files of the same names.
     *
     * @return what was written to {@value #CAPTIONS_FILE}
     */
    public CocoCaptions generate(int count, long seed, Path outDir) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, was " + count);
        }
        Files.createDirectories(outDir);
        List<CocoImage> images = new ArrayList<>(count);
        List<CocoAnnotation> annotations = new ArrayList<>(count * CaptionWriter.CAPTIONS);
        for (int i = 0; i < count; i++) {
            Scene scene = scene(seed, i);
            String file = fileName(i);
            Files.write(outDir.resolve(file), scene.jpeg());
            images.add(new CocoImage(i, file, width, height));
            for (int k = 0; k < scene.captions().size(); k++) {
                annotations.add(new CocoAnnotation((long) i * CaptionWriter.CAPTIONS + k, i, scene.captions().get(k)));
            }
        }
        CocoCaptions written = new CocoCaptions(info(count, seed), images, annotations);
        CocoJson.write(written, outDir.resolve(CAPTIONS_FILE));
        return written;
    }

    public static String fileName(int index) {
        return String.format(java.util.Locale.ROOT, "scene-%06d.jpg", index);
    }

    private Map<String, String> info(int count, long seed) {
        Map<String, String> info = new TreeMap<>();
        info.put("description", "autocaption synthetic scenes");
        info.put("generator", SceneGenerator.class.getName());
        info.put("version", VERSION);
        info.put("seed", Long.toString(seed));
        info.put("count", Integer.toString(count));
        info.put("width", Integer.toString(width));
        info.put("height", Integer.toString(height));
        return info;
    }

    private BufferedImage draw(SceneDescription description, SceneLayout layout, SplittableRandom random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(width / SceneLayout.WIDTH, height / SceneLayout.HEIGHT);
            BackgroundPainter.paint(g, description.sky(), description.ground(), layout.horizon(), random);
            for (Sprite sprite : layout.sprites()) {
                SpritePainter.paint(g, sprite, description.sky());
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
