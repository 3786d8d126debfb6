package dev.autocaption.workshop.evaluation;

import java.util.List;

/**
 * CIDEr-D as coco-caption reports it.
 *
 * @param corpus   the mean of the per-image scores
 * @param perImage each image's CIDEr-D in input order (0 to 10 per image, 10 only when the candidate equals
 *                 every reference)
 */
public record CiderScore(double corpus, List<Double> perImage) {
    public CiderScore {
        perImage = List.copyOf(perImage);
    }
}
