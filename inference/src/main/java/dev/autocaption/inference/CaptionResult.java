package dev.autocaption.inference;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a captioner produced for one image: either ranked captions (best first) or the reason this image failed.
 * A failed image never fails the batch it was in.
 *
 * @param imageId  the {@link ImageInput#id()} this result belongs to
 * @param captions best first by {@link Caption#score()}, the number the filter judges, whatever order the engine
 *                 found them in (Show and Tell's beam ends ordered by log-probability); ties keep the engine's
 *                 order. Candidate 1 is thus the one the filter judges, and the one {@code caption},
 *                 {@code queue} and {@code approve 1} mean. Empty when {@code error} is set (or when the engine
 *                 recognised nothing)
 * @param error      why this image could not be captioned, naming the input; null on success
 * @param detections what a detector engine saw (label, score, box), whether or not it made a caption of them;
 *                   empty for engines that do not detect objects
 * @param familiarity how familiar the image looked to a model that carries statistics of its training domain
 *                    (every caption's score is already multiplied by it); null when the engine or model does not
 *                    measure it, and for a failed image
 */
public record CaptionResult(String imageId, List<Caption> captions, String error, List<Detection> detections,
        Familiarity familiarity) {
    private static final Comparator<Caption> BY_SCORE = Comparator.comparingDouble(Caption::score).reversed();

    public CaptionResult {
        Objects.requireNonNull(imageId, "imageId");
        Objects.requireNonNull(captions, "captions");
        Objects.requireNonNull(detections, "detections");
        captions = captions.stream().sorted(BY_SCORE).toList();
        detections = List.copyOf(detections);
        if (error != null && !captions.isEmpty()) {
            throw new IllegalArgumentException("a failed result has no captions, image " + imageId);
        }
        if (error != null && familiarity != null) {
            throw new IllegalArgumentException("a failed result has no familiarity, image " + imageId);
        }
    }

    /** A result without detections (engines that caption directly) and without a familiarity. */
    public CaptionResult(String imageId, List<Caption> captions, String error) {
        this(imageId, captions, error, List.of(), null);
    }

    /** A result without a familiarity. */
    public CaptionResult(String imageId, List<Caption> captions, String error, List<Detection> detections) {
        this(imageId, captions, error, detections, null);
    }

    public static CaptionResult of(String imageId, List<Caption> captions) {
        return new CaptionResult(imageId, captions, null);
    }

    /** Captions whose scores already include {@code familiarity} (which may be null: not measured). */
    public static CaptionResult of(String imageId, List<Caption> captions, Familiarity familiarity) {
        return new CaptionResult(imageId, captions, null, List.of(), familiarity);
    }

    /** A detector's result: the caption it made (possibly none) and every detection it reported. */
    public static CaptionResult detected(String imageId, List<Caption> captions, List<Detection> detections) {
        return new CaptionResult(imageId, captions, null, detections);
    }

    public static CaptionResult failed(String imageId, String error) {
        return new CaptionResult(imageId, List.of(), Objects.requireNonNull(error, "error"));
    }

    public boolean failed() {
        return error != null;
    }

    /** The best-scored caption, or null when there is none. */
    public Caption best() {
        return captions.isEmpty() ? null : captions.get(0);
    }
}
