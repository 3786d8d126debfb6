package dev.autocaption.bot.engine;

import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.detector.DetectorCaptioner;
import dev.autocaption.inference.showandtell.ShowAndTellLoader;

/**
 * Opens the engine that {@code model.engine} names. The one place that knows every engine; the daemon, the CLI and
 * the filter only see {@link ImageCaptioner}.
 */
public final class Captioners {
    private Captioners() {
    }

    /**
     * Loads the configured model once; the caller owns (and closes) the captioner.
     *
     * @throws CaptioningException when the model is missing, incompatible or cannot be loaded, saying how to fix it
     */
    public static ImageCaptioner open(ModelConfig model) throws CaptioningException {
        return switch (model.engine()) {
            case SHOW_AND_TELL -> ShowAndTellLoader.load(model);
            case DETECTOR -> DetectorCaptioner.open(model, model.detectorThreshold());
        };
    }
}
