package dev.autocaption.workshop.training;

import dev.autocaption.config.Device;
import dev.autocaption.config.Engine;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.showandtell.Architecture;
import dev.autocaption.inference.vocabulary.Vocabulary;
import dev.autocaption.workshop.coco.CocoDataset;
import dev.autocaption.workshop.coco.CocoFormatException;
import dev.autocaption.workshop.domain.DomainFit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Trains a Show and Tell model on a COCO-format data set and writes it as a model directory the engine's loader
 * opens ({@code ShowAndTellLoader}): {@code model.ckpt-<step>} (V2, im2txt names), {@code word_counts.txt},
 * {@code model.json}, {@code training.json} with settings, seed and timings, and at the end the domain statistics
 * of the final weights ({@code domain.json}, see {@link DomainCalibration}). The optimiser state is kept in
 * {@value #STATE_DIR}/ so a stopped run resumes where it last checkpointed; delete that folder to ship the model.
 *
 * <p>Uses the engine's graph builders, so the trained graph is the inference graph. Runs on the calling thread;
 * one call at a time per output directory.
 */
public final class Trainer {
    public static final String STATE_DIR = "train-state";
    public static final String VOCABULARY = "word_counts.txt";

    private final Clock clock;
    private final int calibrationImages;

    /** A trainer that calibrates the domain statistics on {@value DomainCalibration#DEFAULT_IMAGES} images. */
    public Trainer(Clock clock) {
        this(clock, DomainCalibration.DEFAULT_IMAGES);
    }

    /**
     * @param calibrationImages training images whose features make the domain statistics written at the end of
     *                          every run (at least 10), or 0 for none
     */
    public Trainer(Clock clock, int calibrationImages) {
        if (calibrationImages != 0 && calibrationImages < 10) {
            throw new IllegalArgumentException("calibrationImages must be 0 or at least 10, was "
                    + calibrationImages);
        }
        this.clock = clock;
        this.calibrationImages = calibrationImages;
    }

    /**
     * Trains up to {@code options.steps()} steps, resuming when {@code options.out()} holds an earlier run of the same
     * data and architecture.
     *
     * @throws CaptioningException when the data set cannot be read, the output directory holds a different run,
     *                             or TensorFlow fails (the message says which)
     * @throws IOException         when the output directory cannot be written
     */
    public TrainingResult train(TrainingOptions options, ProgressListener progress)
            throws CaptioningException, IOException {
        CocoDataset data = open(options.data());
        WordCounts counts = WordCounts.of(data.examples().stream().flatMap(e -> e.captions().stream())
                .map(WordCounts::tokens).toList(), options.minWordCount());
        Vocabulary vocabulary = counts.vocabulary();
        Architecture architecture = options.architecture(vocabulary.size());
        TrainingRecord previous = previousRun(options, architecture, counts);
        int total = data.examples().size();
        TrainingSet set = TrainingSet.load(data, vocabulary, options.encoder(), options.maxCaptionWords(),
                n -> progress.loading(n, total));
        progress.loading(total, total);
        Files.createDirectories(options.out());
        counts.write(options.out().resolve(VOCABULARY));
        TrainingResult result;
        try (TrainingLoop loop = new TrainingLoop(options, architecture, set, previous, clock)) {
            result = loop.run(progress);
        } catch (RuntimeException e) {
            throw new CaptioningException("training " + options.out() + " failed: " + e.getMessage(), e);
        }
        return result.withCalibration(calibrate(options, data, progress));
    }

    /**
     * Writes the domain statistics of the final weights (also when a resumed run had no steps left); null when
     * calibration is off or the data set has fewer than 10 images.
     */
    private CalibrationResult calibrate(TrainingOptions options, CocoDataset data, ProgressListener progress)
            throws CaptioningException, IOException {
        if (calibrationImages == 0 || data.examples().size() < 10) {
            return null;
        }
        ModelConfig model = new ModelConfig(Engine.SHOW_AND_TELL, options.out(), null, Device.AUTO, 1, 20, 32, 0,
                0, 0, ModelConfig.defaults().maxImagePixels());
        return new DomainCalibration(calibrationImages, DomainFit.defaults()).calibrate(model, data, progress);
    }

    private static CocoDataset open(Path data) throws CaptioningException {
        try {
            CocoDataset dataset = CocoDataset.open(data);
            if (dataset.examples().isEmpty()) {
                throw new CaptioningException("data set " + data + " has no captioned images");
            }
            return dataset;
        } catch (IOException | CocoFormatException e) {
            throw new CaptioningException("cannot read data set " + data + " (expected captions.json in COCO "
                    + "captions layout with the images beside it): " + e.getMessage(), e);
        }
    }

    /** The earlier run in {@code out} to resume, null for a fresh start; refuses a directory of another run. */
    private static TrainingRecord previousRun(TrainingOptions options, Architecture architecture, WordCounts counts)
            throws CaptioningException, IOException {
        Path recordFile = options.out().resolve(TrainingRecord.FILE);
        if (!Files.isRegularFile(recordFile)) {
            return null;
        }
        TrainingRecord previous = TrainingRecord.read(recordFile);
        Path words = options.out().resolve(VOCABULARY);
        List<String> previousWords = Files.isRegularFile(words) ? Files.readAllLines(words) : List.of();
        if (!previous.architecture().equals(architecture) || !previousWords.equals(counts.lines())
                || previous.seed() != options.seed()) {
            throw new CaptioningException(options.out() + " holds another training run (architecture "
                    + previous.architecture() + ", seed " + previous.seed() + ", " + previousWords.size()
                    + " vocabulary lines); this one has architecture " + architecture + ", seed " + options.seed()
                    + ", " + counts.lines().size() + " vocabulary lines. Use a new --out directory or the same "
                    + "settings to resume");
        }
        if (!Files.isRegularFile(options.out().resolve(STATE_DIR).resolve(TrainingLoop.STATE + ".index"))) {
            throw new CaptioningException(options.out() + " has " + TrainingRecord.FILE + " but no optimiser state "
                    + "in " + STATE_DIR + "/ to resume from; use a new --out directory");
        }
        return previous;
    }
}
