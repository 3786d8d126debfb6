package dev.autocaption.workshop.training;

import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.domain.DomainStatistics;
import dev.autocaption.inference.showandtell.ModelDefinition;
import dev.autocaption.inference.showandtell.ModelDirectory;
import dev.autocaption.inference.showandtell.ShowAndTellLoader;
import dev.autocaption.inference.showandtell.TensorFlowCaptioner;
import dev.autocaption.workshop.coco.CocoDataset;
import dev.autocaption.workshop.coco.CocoExample;
import dev.autocaption.workshop.domain.DomainFit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a model's domain statistics from its training images and stores them in its model directory
 * ({@code domain.json}, named by {@code model.json}). The features come from the real inference path: the model is
 * loaded by {@link ShowAndTellLoader} (ignoring statistics it may already have) and each image is decoded,
 * preprocessed and encoded by {@link TensorFlowCaptioner#features}. Up to {@code images} images are used, evenly
 * spaced over the data set, so the sample is deterministic and covers the whole set. Stateless and thread-safe.
 */
public final class DomainCalibration {
    /** Images used unless the caller chooses another number. */
    public static final int DEFAULT_IMAGES = 2000;
    private static final int CHUNK = 64;

    private final int images;
    private final DomainFit fit;

    /** @param images the most images to use, at least 10 */
    public DomainCalibration(int images, DomainFit fit) {
        if (images < 10) {
            throw new IllegalArgumentException("calibration needs at least 10 images, was " + images);
        }
        this.images = images;
        this.fit = fit;
    }

    /**
     * Calibrates the model directory {@code model.path()} on {@code data} and writes the statistics into it.
     *
     * @param model    the model directory and how to run it (device, threads, batch size)
     * @param progress hears {@link ProgressListener#calibrating} after each chunk of images
     * @throws CaptioningException when the path is not a model directory, the model cannot be loaded, an image
     *                             cannot be decoded, or the data set has too few images
     * @throws IOException         when an image or the model directory cannot be read or written
     */
    public CalibrationResult calibrate(ModelConfig model, CocoDataset data, ProgressListener progress)
            throws CaptioningException, IOException {
        long t0 = System.nanoTime();
        Path dir = model.path();
        if (!Files.isRegularFile(dir.resolve(ModelDirectory.MODEL_JSON))) {
            throw new CaptioningException("cannot calibrate " + dir + ": expected a model directory with "
                    + ModelDirectory.MODEL_JSON + " (the statistics are stored beside it)");
        }
        List<CocoExample> chosen = sample(data.examples());
        if (chosen.size() < 10) {
            throw new CaptioningException("cannot calibrate on " + data.imageDir() + ": it has " + chosen.size()
                    + " captioned images, at least 10 are needed");
        }
        ModelDefinition found = ModelDirectory.open(dir, null);
        ModelDefinition withoutDomain = new ModelDefinition(found.name(), found.architecture(), found.checkpoint(),
                found.vocabulary(), found.modelId());
        List<float[]> features;
        try (TensorFlowCaptioner captioner = ShowAndTellLoader.load(withoutDomain, model)) {
            features = features(captioner, chosen, progress);
        }
        DomainStatistics statistics = fit.fit(features, found.modelId());
        Path file = ModelDirectory.writeDomain(dir, statistics);
        return new CalibrationResult(file, statistics, (System.nanoTime() - t0) / 1e9);
    }

    /** Up to {@code images} examples, evenly spaced (the first always included). */
    List<CocoExample> sample(List<CocoExample> all) {
        if (all.size() <= images) {
            return all;
        }
        List<CocoExample> out = new ArrayList<>(images);
        for (int i = 0; i < images; i++) {
            out.add(all.get((int) ((long) i * all.size() / images)));
        }
        return out;
    }

    private static List<float[]> features(TensorFlowCaptioner captioner, List<CocoExample> examples,
            ProgressListener progress) throws CaptioningException, IOException {
        List<float[]> out = new ArrayList<>(examples.size());
        progress.calibrating(0, examples.size());
        for (int from = 0; from < examples.size(); from += CHUNK) {
            List<ImageInput> inputs = new ArrayList<>(CHUNK);
            for (CocoExample example : examples.subList(from, Math.min(examples.size(), from + CHUNK))) {
                inputs.add(new ImageInput(example.path().toString(), Files.readAllBytes(example.path())));
            }
            out.addAll(captioner.features(inputs));
            progress.calibrating(out.size(), examples.size());
        }
        return out;
    }
}
