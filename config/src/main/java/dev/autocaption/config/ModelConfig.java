package dev.autocaption.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The captioning model and how to run it ({@code model:} section).
 *
 * @param engine              which engine captions
 * @param path                a model directory (with {@code model.json}) or a bare checkpoint prefix
 * @param vocab               the vocabulary file for a bare checkpoint prefix; null means the model directory's own
 * @param device              where TensorFlow runs
 * @param beamSize            beams kept per image (im2txt default 3)
 * @param maxLength           the longest caption in words, including the end token (im2txt default 20)
 * @param batchSize           images per encoder run
 * @param lengthNormalization im2txt's length normalisation factor; 0 disables it (the default)
 * @param intraOpThreads      TensorFlow intra-op threads; 0 lets TensorFlow use every core
 * @param interOpThreads      TensorFlow inter-op threads; 0 lets TensorFlow decide
 * @param maxImagePixels      images with more pixels than this are refused before decoding (decompression bombs)
 * @param detectorThreshold   detector engine: objects scoring at least this are mentioned in the caption
 * @param decoding            how photos are decoded: JPEG IDCT and EXIF orientation
 * @param precision           the encoder's number format; the YAML default is {@link Precision#AUTO}, the
 *                            shorter constructors (for programs and tests) give {@link Precision#FP32}
 * @param dataDirectory       where measurements of this machine are kept (the {@code auto} precision decision):
 *                            the store's directory, set by the loader from {@code store.url}, not a key of its own;
 *                            null keeps nothing (an {@code auto} decision is then measured at every load)
 */
public record ModelConfig(
        Engine engine,
        Path path,
        Path vocab,
        Device device,
        int beamSize,
        int maxLength,
        int batchSize,
        double lengthNormalization,
        int intraOpThreads,
        int interOpThreads,
        long maxImagePixels,
        double detectorThreshold,
        ImageDecoding decoding,
        Precision precision,
        Path dataDirectory) {

    /** The bundled demo model, relative to the installation ({@code AUTOCAPTION_HOME}) or the working directory. */
    public static final Path DEFAULT_PATH = Path.of("models/demo");
    /** Where {@code autocaption models fetch detector} installs the detector, relative like {@link #DEFAULT_PATH}. */
    public static final Path DEFAULT_DETECTOR_PATH = Path.of("models/detector");
    /** The detector engine's default caption threshold (Facebook's alt text only names what it is sure of). */
    public static final double DEFAULT_DETECTOR_THRESHOLD = 0.5;

    public ModelConfig {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(decoding, "decoding");
        Objects.requireNonNull(precision, "precision");
        requireRange("beamSize", beamSize, 1, 64);
        requireRange("maxLength", maxLength, 2, 100);
        requireRange("batchSize", batchSize, 1, 1024);
        requireRange("intraOpThreads", intraOpThreads, 0, 1024);
        requireRange("interOpThreads", interOpThreads, 0, 1024);
        if (lengthNormalization < 0 || lengthNormalization > 10) {
            throw new IllegalArgumentException("lengthNormalization must be in [0, 10], was " + lengthNormalization);
        }
        if (maxImagePixels < 1) {
            throw new IllegalArgumentException("maxImagePixels must be positive, was " + maxImagePixels);
        }
        if (!(detectorThreshold >= 0 && detectorThreshold <= 1)) {
            throw new IllegalArgumentException("detectorThreshold must be in [0, 1], was " + detectorThreshold);
        }
    }

    /** A model configuration in fp32 that keeps no measurements. */
    public ModelConfig(Engine engine, Path path, Path vocab, Device device, int beamSize, int maxLength,
            int batchSize, double lengthNormalization, int intraOpThreads, int interOpThreads, long maxImagePixels,
            double detectorThreshold, ImageDecoding decoding) {
        this(engine, path, vocab, device, beamSize, maxLength, batchSize, lengthNormalization, intraOpThreads,
                interOpThreads, maxImagePixels, detectorThreshold, decoding, Precision.FP32, null);
    }

    /** A model configuration with the default image decoding, in fp32. */
    public ModelConfig(Engine engine, Path path, Path vocab, Device device, int beamSize, int maxLength,
            int batchSize, double lengthNormalization, int intraOpThreads, int interOpThreads, long maxImagePixels,
            double detectorThreshold) {
        this(engine, path, vocab, device, beamSize, maxLength, batchSize, lengthNormalization, intraOpThreads,
                interOpThreads, maxImagePixels, detectorThreshold, ImageDecoding.defaults());
    }

    /** A model configuration with the default detector threshold and image decoding, in fp32. */
    public ModelConfig(Engine engine, Path path, Path vocab, Device device, int beamSize, int maxLength,
            int batchSize, double lengthNormalization, int intraOpThreads, int interOpThreads, long maxImagePixels) {
        this(engine, path, vocab, device, beamSize, maxLength, batchSize, lengthNormalization, intraOpThreads,
                interOpThreads, maxImagePixels, DEFAULT_DETECTOR_THRESHOLD, ImageDecoding.defaults());
    }

    /** This configuration with another model path (and vocabulary file, null for the model's own). */
    public ModelConfig withPath(Path newPath, Path newVocab) {
        return forModel(engine, newPath, newVocab);
    }

    /**
     * How this configuration runs models (device, threads, beam, batch, limits, decoding), applied to another
     * engine's model at {@code newPath} (vocabulary file {@code newVocab}, null for the model's own).
     */
    public ModelConfig forModel(Engine newEngine, Path newPath, Path newVocab) {
        return new ModelConfig(newEngine, newPath, newVocab, device, beamSize, maxLength, batchSize,
                lengthNormalization, intraOpThreads, interOpThreads, maxImagePixels, detectorThreshold, decoding,
                precision, dataDirectory);
    }

    /** This configuration with another beam size. */
    public ModelConfig withBeamSize(int newBeamSize) {
        return new ModelConfig(engine, path, vocab, device, newBeamSize, maxLength, batchSize, lengthNormalization,
                intraOpThreads, interOpThreads, maxImagePixels, detectorThreshold, decoding,
                precision, dataDirectory);
    }

    /** This configuration with another number of images per encoder run. */
    public ModelConfig withBatchSize(int newBatchSize) {
        return new ModelConfig(engine, path, vocab, device, beamSize, maxLength, newBatchSize, lengthNormalization,
                intraOpThreads, interOpThreads, maxImagePixels, detectorThreshold, decoding,
                precision, dataDirectory);
    }

    /** This configuration with another way of decoding photos. */
    public ModelConfig withDecoding(ImageDecoding newDecoding) {
        return new ModelConfig(engine, path, vocab, device, beamSize, maxLength, batchSize, lengthNormalization,
                intraOpThreads, interOpThreads, maxImagePixels, detectorThreshold, newDecoding, precision,
                dataDirectory);
    }

    /** This configuration with another encoder precision. */
    public ModelConfig withPrecision(Precision newPrecision) {
        return new ModelConfig(engine, path, vocab, device, beamSize, maxLength, batchSize, lengthNormalization,
                intraOpThreads, interOpThreads, maxImagePixels, detectorThreshold, decoding, newPrecision,
                dataDirectory);
    }

    /** This configuration keeping its measurements in {@code newDataDirectory} (null: nowhere). */
    public ModelConfig withDataDirectory(Path newDataDirectory) {
        return new ModelConfig(engine, path, vocab, device, beamSize, maxLength, batchSize, lengthNormalization,
                intraOpThreads, interOpThreads, maxImagePixels, detectorThreshold, decoding, precision,
                newDataDirectory);
    }

    /** The YAML defaults ({@code precision: auto}), keeping no measurements until a store gives a directory. */
    public static ModelConfig defaults() {
        return new ModelConfig(Engine.SHOW_AND_TELL, DEFAULT_PATH, null, Device.AUTO, 3, 20, 8, 0.0, 0, 0,
                100_000_000L, DEFAULT_DETECTOR_THRESHOLD, ImageDecoding.defaults(), Precision.AUTO, null);
    }

    static void requireRange(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
        }
    }
}
