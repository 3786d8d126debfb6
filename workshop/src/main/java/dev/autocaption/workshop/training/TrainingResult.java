package dev.autocaption.workshop.training;

import java.nio.file.Path;

/**
 * What a finished {@link Trainer#train} call left behind.
 *
 * @param modelDir       the model directory ({@code model.json}, checkpoint, {@code word_counts.txt},
 *                       {@code training.json})
 * @param checkpoint     the checkpoint prefix {@code model.json} points to
 * @param record         the updated {@code training.json}
 * @param firstLoss      the loss of this session's first step (NaN when the run was already complete)
 * @param sessionSeconds wall-clock seconds this session spent in training steps
 * @param calibration    the domain statistics written at the end, or null when none were (too few images, or
 *                       calibration turned off)
 */
public record TrainingResult(Path modelDir, Path checkpoint, TrainingRecord record, double firstLoss,
        double sessionSeconds, CalibrationResult calibration) {

    /** This result with {@code newCalibration}. */
    public TrainingResult withCalibration(CalibrationResult newCalibration) {
        return new TrainingResult(modelDir, checkpoint, record, firstLoss, sessionSeconds, newCalibration);
    }
}
