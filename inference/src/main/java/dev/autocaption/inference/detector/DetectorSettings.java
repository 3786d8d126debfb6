package dev.autocaption.inference.detector;

import dev.autocaption.config.Device;
import dev.autocaption.config.ImageDecoding;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.config.Precision;
import java.util.Objects;

/**
 * How the detector engine runs.
 *
 * @param captionThreshold detections below this score are not mentioned in captions, in [0, 1] (default 0.5)
 * @param workers          images analysed at once by the bounded worker pool (the graph takes one image per run),
 *                         1 to 64
 * @param device           where TensorFlow runs
 * @param intraOpThreads   TensorFlow intra-op threads; 0 lets TensorFlow use every core
 * @param interOpThreads   TensorFlow inter-op threads; 0 lets TensorFlow decide
 * @param maxImagePixels   larger images are refused before decoding
 * @param decoding         JPEG IDCT and EXIF orientation
 * @param precision        {@code model.precision}: fp32, bf16 (needs AVX-512 BF16 or AMX) or auto (by measurement)
 */
public record DetectorSettings(double captionThreshold, int workers, Device device, int intraOpThreads,
                               int interOpThreads, long maxImagePixels, ImageDecoding decoding, Precision precision) {
    public DetectorSettings {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(decoding, "decoding");
        Objects.requireNonNull(precision, "precision");
        if (!(captionThreshold >= 0 && captionThreshold <= 1)) {
            throw new IllegalArgumentException("captionThreshold must be in [0, 1], was " + captionThreshold);
        }
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("workers must be in [1, 64], was " + workers);
        }
        if (intraOpThreads < 0 || interOpThreads < 0) {
            throw new IllegalArgumentException("thread counts must be at least 0, was intra " + intraOpThreads
                    + ", inter " + interOpThreads);
        }
        if (maxImagePixels < 1) {
            throw new IllegalArgumentException("maxImagePixels must be positive, was " + maxImagePixels);
        }
    }

    /** Settings with the default image decoding, in fp32. */
    public DetectorSettings(double captionThreshold, int workers, Device device, int intraOpThreads,
            int interOpThreads, long maxImagePixels) {
        this(captionThreshold, workers, device, intraOpThreads, interOpThreads, maxImagePixels,
                ImageDecoding.defaults(), Precision.FP32);
    }

    /** The same settings in another precision. */
    public DetectorSettings withPrecision(Precision other) {
        return new DetectorSettings(captionThreshold, workers, device, intraOpThreads, interOpThreads,
                maxImagePixels, decoding, other);
    }

    /**
     * From the {@code model:} section: threads, device and pixel limit as configured; {@code batchSize} bounds the
     * worker pool (at most 2 workers, as TensorFlow already spreads one run over the cores).
     */
    public static DetectorSettings from(ModelConfig config, double captionThreshold) {
        return new DetectorSettings(captionThreshold, Math.min(2, config.batchSize()), config.device(),
                config.intraOpThreads(), config.interOpThreads(), config.maxImagePixels(), config.decoding(),
                config.precision());
    }
}
