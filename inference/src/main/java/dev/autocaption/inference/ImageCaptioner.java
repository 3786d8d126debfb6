package dev.autocaption.inference;

import java.util.List;

/**
 * Turns images into ranked captions. The one interface every engine implements (Show and Tell, the detector) and
 * the daemon, CLI and filter depend on.
 *
 * <p>Implementations own native resources (a TensorFlow graph and session) from construction until
 * {@link #close()}, are safe to call from several threads, and batch internally.
 */
public interface ImageCaptioner extends AutoCloseable {

    /** The engine's config name, e.g. {@code show-and-tell}. */
    String engine();

    /** Identifies the exact weights, e.g. {@code im2txt-2000000-3fa2c1}; recorded with every caption. */
    String modelId();

    /**
     * Captions a batch of images. Never throws for a bad image: that image's result carries the error.
     *
     * @return one result per input, in input order
     * @throws CaptioningException when the engine itself fails (not an individual image)
     */
    List<CaptionResult> caption(List<ImageInput> images) throws CaptioningException;

    /**
     * The time spent per stage since the model was loaded; {@link StageTimes#NONE} for an engine that does not
     * time its stages. Cheap and thread-safe: the metrics read it at every scrape.
     */
    default StageTimes stageTimes() {
        return StageTimes.NONE;
    }

    /** Releases the model; waits for calls still running. */
    @Override
    void close();
}
