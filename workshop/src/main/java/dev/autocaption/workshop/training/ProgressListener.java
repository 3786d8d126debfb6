package dev.autocaption.workshop.training;

import java.nio.file.Path;

/**
 * Hears how a training run goes; the CLI prints it ({@link ConsoleProgress}), tests record it. Called on the
 * training thread; implementations must be quick.
 */
public interface ProgressListener {
    /** Images decoded and preprocessed so far, out of {@code total}. */
    default void loading(int loaded, int total) {
    }

    /** The run starts (or resumes) at {@code firstStep} of {@code totalSteps}; {@code description} says what. */
    default void started(int firstStep, int totalSteps, String description) {
    }

    /** After every step. */
    void step(StepReport report);

    /** A checkpoint was written. */
    default void checkpoint(int step, Path prefix) {
    }

    /** Images whose encoder features were computed so far for the domain statistics, out of {@code total}. */
    default void calibrating(int done, int total) {
    }

    /** A listener that ignores everything. */
    static ProgressListener silent() {
        return report -> { };
    }

    /**
     * @param step           steps done so far (1 after the first)
     * @param totalSteps     the run's target
     * @param loss           this step's loss (masked mean cross-entropy per word, nats)
     * @param averageLoss    exponential moving average of the loss (weight 0.05 on the newest step)
     * @param stepsPerSecond steps per second over this session so far (the first step, which includes graph
     *                       warm-up, is not counted)
     * @param elapsedSeconds seconds since this session started training
     */
    record StepReport(int step, int totalSteps, double loss, double averageLoss, double stepsPerSecond,
            double elapsedSeconds) {
    }
}
