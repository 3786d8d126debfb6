package dev.autocaption.workshop.training;

import dev.autocaption.inference.domain.DomainFile;
import dev.autocaption.inference.showandtell.Architecture;
import dev.autocaption.inference.showandtell.ModelDirectory;
import dev.autocaption.inference.showandtell.ModelJson;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.TensorFlow;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TString;

/**
 * One training session: owns the graph and session, runs the steps, writes checkpoints. Step {@code k}'s batch
 * comes from a random stream seeded by the run's seed and {@code k}, so a resumed run sees the batches an
 * uninterrupted one would have. Not thread-safe; {@link #close()} releases the TensorFlow resources.
 */
final class TrainingLoop implements AutoCloseable {
    static final String STATE = "state";
    static final String CHECKPOINT = "model.ckpt-";
    static final int STATISTICS_BATCHES = 8;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final TrainingOptions options;
    private final Architecture architecture;
    private final TrainingSet set;
    private final TrainingRecord previous;
    private final Clock clock;
    private final Graph graph;
    private final TrainingGraph model;
    private final Session session;
    private final String started;
    private final double loadAtStart;
    private double sessionSeconds;
    private double stepsPerSecond;
    private double averageLoss;

    TrainingLoop(TrainingOptions options, Architecture architecture, TrainingSet set, TrainingRecord previous,
            Clock clock) {
        this.options = options;
        this.architecture = architecture;
        this.set = set;
        this.previous = previous;
        this.clock = clock;
        this.graph = new Graph();
        try {
            this.model = new TrainingGraph(graph, architecture, set.timeSteps(), options.learningRate(),
                    options.seed());
            this.session = new Session(graph);
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
        this.started = Instant.now(clock).toString();
        this.loadAtStart = loadAverage();
        this.averageLoss = previous == null ? Double.NaN : previous.averageLoss();
    }

    TrainingResult run(ProgressListener progress) throws IOException {
        session.initialize();
        int firstStep = previous == null ? 0 : previous.stepsDone();
        if (previous != null) {
            runWithPrefix(model.restoreState, statePrefix());
        }
        progress.started(firstStep, options.steps(), description(firstStep));
        long begin = clock.millis();
        long afterFirst = begin;
        double firstLoss = Double.NaN;
        Path checkpoint = previous == null ? null : options.out().resolve(CHECKPOINT + firstStep);
        for (int step = firstStep + 1; step <= options.steps(); step++) {
            float loss = trainStep(set.batch(batchRandom(step), options.batchSize()), step);
            long now = clock.millis();
            if (step == firstStep + 1) {
                firstLoss = loss;
                afterFirst = now;
            }
            averageLoss = Double.isNaN(averageLoss) ? loss : 0.95 * averageLoss + 0.05 * loss;
            sessionSeconds = (now - begin) / 1000.0;
            stepsPerSecond = now > afterFirst ? (step - firstStep - 1) * 1000.0 / (now - afterFirst) : 0;
            progress.step(new ProgressListener.StepReport(step, options.steps(), loss, averageLoss, stepsPerSecond,
                    sessionSeconds));
            if (step % options.checkpointEvery() == 0 || step == options.steps()) {
                checkpoint = checkpoint(step, firstStep);
                progress.checkpoint(step, checkpoint);
            }
        }
        TrainingRecord record = TrainingRecord.read(options.out().resolve(TrainingRecord.FILE));
        return new TrainingResult(options.out(), checkpoint, record, firstLoss, sessionSeconds, null);
    }

    private float trainStep(Batch batch, int step) {
        int n = batch.size();
        int t = batch.timeSteps();
        int s = architecture.encoder().inputSize();
        try (TFloat32 images = TFloat32.tensorOf(Shape.of(n, s, s, 3), DataBuffers.of(batch.images(), true, false));
             TInt32 inputs = TInt32.tensorOf(Shape.of(n, t), DataBuffers.of(batch.inputs(), true, false));
             TInt32 targets = TInt32.tensorOf(Shape.of(n, t), DataBuffers.of(batch.targets(), true, false));
             TFloat32 mask = TFloat32.tensorOf(Shape.of(n, t), DataBuffers.of(batch.mask(), true, false));
             TFloat32 words = TFloat32.tensorOf(Shape.of(n, architecture.vocabSize()),
                     DataBuffers.of(batch.words(), true, false));
             Result r = session.runner().feed(model.images, images).feed(model.inputs, inputs)
                     .feed(model.targets, targets).feed(model.mask, mask).feed(model.words, words)
                     .addTarget(model.train).fetch(model.loss).run()) {
            float loss = ((TFloat32) r.get(0)).getFloat();
            if (!Float.isFinite(loss)) {
                throw new IllegalStateException("loss became " + loss + " at step " + step + " (learning rate "
                        + options.learningRate() + ", batch " + options.batchSize() + "); lower --lr and start "
                        + "again in a new directory");
            }
            return loss;
        }
    }

    private SplittableRandom batchRandom(int step) {
        return new SplittableRandom(options.seed() * GOLDEN_GAMMA + step);
    }

    private Path checkpoint(int step, int firstStep) throws IOException {
        Path prefix = options.out().resolve(CHECKPOINT + step);
        saveModel(prefix, movingStatistics(step));
        Files.createDirectories(options.out().resolve(Trainer.STATE_DIR));
        runWithPrefix(model.saveState, statePrefix());
        ModelDirectory.write(options.out(), new ModelJson(ModelJson.ENGINE, options.modelName(), architecture,
                prefix.getFileName().toString(), Trainer.VOCABULARY));
        // statistics of older weights would misjudge the new ones; the trainer calibrates again at the end
        DomainFile.delete(options.out().resolve(DomainFile.FILE_NAME));
        record(step, firstStep).write(options.out().resolve(TrainingRecord.FILE));
        deleteOlderCheckpoints(prefix.getFileName().toString());
        return prefix;
    }

    private TrainingRecord record(int step, int firstStep) {
        List<TrainingRecord.Session> sessions = new ArrayList<>(previous == null ? List.of() : previous.sessions());
        sessions.add(new TrainingRecord.Session(started, firstStep, step, sessionSeconds, stepsPerSecond,
                loadAtStart, loadAverage(), options.learningRate(), Runtime.getRuntime().availableProcessors(), TensorFlow.version()));
        double before = previous == null ? 0 : previous.trainingSeconds();
        return new TrainingRecord(options.data().toString(), set.size(), set.captionCount(),
                architecture.vocabSize(), set.timeSteps(), architecture, options.steps(), options.batchSize(),
                options.learningRate(), options.maxCaptionWords(), options.minWordCount(), options.seed(), step,
                before + sessionSeconds, averageLoss, sessions);
    }

    private void deleteOlderCheckpoints(String keep) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(options.out(), CHECKPOINT + "*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.startsWith(keep + ".")) {
                    Files.delete(file);
                }
            }
        }
    }

    /**
     * The batch-norm moving statistics: each unit's batch mean and variance averaged over {@value #STATISTICS_BATCHES}
     * batches of the current weights (a precise estimate, rather than a running average of stale batches).
     */
    private List<float[]> movingStatistics(int step) {
        List<float[]> sums = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(~(options.seed() * GOLDEN_GAMMA + step));
        for (int k = 0; k < STATISTICS_BATCHES; k++) {
            Batch batch = set.batch(random, options.batchSize());
            int s = architecture.encoder().inputSize();
            try (TFloat32 images = TFloat32.tensorOf(Shape.of(batch.size(), s, s, 3),
                    DataBuffers.of(batch.images(), true, false))) {
                Session.Runner runner = session.runner().feed(model.images, images);
                model.statistics.forEach(st -> runner.fetch(st.batchValue()));
                try (Result r = runner.run()) {
                    for (int i = 0; i < model.statistics.size(); i++) {
                        TFloat32 t = (TFloat32) r.get(i);
                        float[] values = new float[(int) t.shape().size()];
                        t.copyTo(DataBuffers.of(values, false, false));
                        if (k == 0) {
                            sums.add(values);
                        } else {
                            for (int j = 0; j < values.length; j++) {
                                sums.get(i)[j] += values[j];
                            }
                        }
                    }
                }
            }
        }
        for (float[] v : sums) {
            for (int j = 0; j < v.length; j++) {
                v[j] /= STATISTICS_BATCHES;
            }
        }
        return sums;
    }

    private void saveModel(Path prefix, List<float[]> statistics) {
        List<TFloat32> tensors = new ArrayList<>();
        try (TString path = TString.scalarOf(prefix.toAbsolutePath().toString())) {
            Session.Runner runner = session.runner().feed(model.prefix, path);
            for (int i = 0; i < statistics.size(); i++) {
                float[] v = statistics.get(i);
                TFloat32 t = TFloat32.tensorOf(Shape.of(v.length), DataBuffers.of(v, true, false));
                tensors.add(t);
                runner.feed(model.statistics.get(i).placeholder(), t);
            }
            runner.addTarget(model.saveModel).run().close();
        } finally {
            tensors.forEach(TFloat32::close);
        }
    }

    private void runWithPrefix(Op op, Path prefix) {
        try (TString path = TString.scalarOf(prefix.toAbsolutePath().toString())) {
            session.runner().feed(model.prefix, path).addTarget(op).run().close();
        }
    }

    private Path statePrefix() {
        return options.out().resolve(Trainer.STATE_DIR).resolve(STATE);
    }

    private String description(int firstStep) {
        return String.format(Locale.ROOT, "%s %d images, %d captions, vocabulary %d, %d time steps; %s at step %d "
                        + "of %d (batch %d, lr %s, seed %d)", options.data(), set.size(), set.captionCount(),
                architecture.vocabSize(), set.timeSteps(), firstStep == 0 ? "starting" : "resuming", firstStep,
                options.steps(), options.batchSize(), options.learningRate(), options.seed());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
