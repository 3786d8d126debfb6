package dev.autocaption.workshop.training;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.autocaption.inference.showandtell.Architecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * {@code training.json}, written beside {@code model.json} at every checkpoint: the settings and seed (so a run can
 * be repeated or resumed), the data it saw, and what each training session measured, including the machine's load
 * average, since steps/s on a shared machine mean little without it.
 *
 * @param data            the data set directory as given
 * @param images          images in the data set
 * @param captions        captions in the data set
 * @param vocabularySize  ids in the vocabulary, {@code <UNK>} included
 * @param timeSteps       unrolled LSTM steps (longest caption + end token)
 * @param architecture    the model's architecture (also in {@code model.json})
 * @param steps           the target number of steps
 * @param batchSize       captions per step
 * @param learningRate    Adam's learning rate of the latest session
 * @param maxCaptionWords caption cut-off
 * @param minWordCount    vocabulary cut-off
 * @param seed            initial weights and batch order
 * @param stepsDone       steps trained so far
 * @param trainingSeconds wall-clock seconds spent in training steps over all sessions (loading not included)
 * @param averageLoss     moving average of the loss at the last checkpoint
 * @param sessions        one entry per run of the trainer on this directory
 */
public record TrainingRecord(String data, int images, int captions, int vocabularySize, int timeSteps,
        Architecture architecture, int steps, int batchSize, float learningRate, int maxCaptionWords,
        int minWordCount, long seed, int stepsDone, double trainingSeconds, double averageLoss,
        List<Session> sessions) {
    public static final String FILE = "training.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public TrainingRecord {
        Objects.requireNonNull(architecture, "architecture");
        sessions = List.copyOf(sessions);
    }

    /**
     * One run of the trainer.
     *
     * @param started           ISO-8601 instant the session started training
     * @param fromStep          first step of the session
     * @param toStep            steps done when the session last checkpointed
     * @param seconds           wall-clock seconds of training steps
     * @param stepsPerSecond    steps per second, first step excluded
     * @param loadAverageStart  one-minute load average when it started (-1 when unknown)
     * @param loadAverageEnd    one-minute load average at its last checkpoint (-1 when unknown)
     * @param learningRate      Adam's learning rate in this session (a run may be resumed with a lower one)
     * @param cores             processors the JVM saw
     * @param tensorflowVersion the TensorFlow runtime
     */
    public record Session(String started, int fromStep, int toStep, double seconds, double stepsPerSecond,
            double loadAverageStart, double loadAverageEnd, float learningRate, int cores,
            String tensorflowVersion) {
    }

    public static TrainingRecord read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), TrainingRecord.class);
    }

    public void write(Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(temporary.toFile(), this);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
