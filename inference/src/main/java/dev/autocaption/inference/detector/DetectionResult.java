package dev.autocaption.inference.detector;

import java.util.List;
import java.util.Objects;

/**
 * What the detector found in one image: detections (highest score first), or why the image failed.
 *
 * @param imageId    the {@code ImageInput.id()} this belongs to
 * @param detections every detection at or above {@link DetectorCaptioner#DETECTION_FLOOR} after per-class
 *                   non-maximum suppression, best first; empty when {@code error} is set or nothing was found
 * @param error      why this image could not be analysed, naming the input; null on success
 */
public record DetectionResult(String imageId, List<Detection> detections, String error) {
    public DetectionResult {
        Objects.requireNonNull(imageId, "imageId");
        detections = List.copyOf(detections);
        if (error != null && !detections.isEmpty()) {
            throw new IllegalArgumentException("a failed result has no detections, image " + imageId);
        }
    }

    public static DetectionResult of(String imageId, List<Detection> detections) {
        return new DetectionResult(imageId, detections, null);
    }

    public static DetectionResult failed(String imageId, String error) {
        return new DetectionResult(imageId, List.of(), Objects.requireNonNull(error, "error"));
    }

    public boolean failed() {
        return error != null;
    }
}
