package dev.autocaption.workshop.training;

import dev.autocaption.inference.domain.DomainStatistics;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link DomainCalibration#calibrate} wrote.
 *
 * @param file       the statistics file ({@code domain.json} in the model directory)
 * @param statistics the statistics in it
 * @param seconds    wall-clock seconds: loading the model, computing the features, fitting and writing
 */
public record CalibrationResult(Path file, DomainStatistics statistics, double seconds) {
    public CalibrationResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(statistics, "statistics");
    }
}
