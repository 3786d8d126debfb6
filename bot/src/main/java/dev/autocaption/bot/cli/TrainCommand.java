package dev.autocaption.bot.cli;

import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.showandtell.EncoderSpec;
import dev.autocaption.workshop.training.ConsoleProgress;
import dev.autocaption.workshop.training.Trainer;
import dev.autocaption.workshop.training.TrainingOptions;
import dev.autocaption.workshop.training.TrainingResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption train}: trains a Show and Tell model on a COCO-format data set into a model directory the
 * captioner loads; resumes when the directory holds an earlier run of the same settings.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a Show and Tell model on a COCO-format data set (captions.json + images); resumable.")
final class TrainCommand implements Callable<Integer> {
    private final CliContext context;
    private final TrainingOptions defaults = TrainingOptions.defaults(Path.of("."), Path.of("."));

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "Folder with captions.json and images.")
    private Path data;

    @Option(names = "--out", paramLabel = "MODEL_DIR", required = true, description = "Model directory to write.")
    private Path out;

    @Option(names = "--steps", paramLabel = "N", description = "Total steps (default 7000).")
    private Integer steps;

    @Option(names = "--batch", paramLabel = "N", description = "Captions per step (default 32).")
    private Integer batch;

    @Option(names = "--lr", paramLabel = "RATE", description = "Adam learning rate (default 0.002).")
    private Float learningRate;

    @Option(names = "--encoder", paramLabel = "SIZE:DEPTH",
            description = "Inception v3 input size and depth multiplier, e.g. 96:0.125 (default) or 299:1.0.")
    private String encoder;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for weights and batch order (default 1).")
    private Long seed;

    @Option(names = "--checkpoint-every", paramLabel = "N", description = "Steps between checkpoints (default 500).")
    private Integer checkpointEvery;

    TrainCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        TrainingOptions options = options();
        try {
            TrainingResult result = new Trainer(context.clock()).train(options,
                    new ConsoleProgress(context.err(), System.console() != null, context.clock(), 30));
            context.out().println(String.format(Locale.ROOT, "model %s: %d steps, %.0f s of training, loss %.4f",
                    result.checkpoint(), result.record().stepsDone(), result.record().trainingSeconds(),
                    result.record().averageLoss()));
            context.out().flush();
            return ExitCode.OK;
        } catch (CaptioningException e) {
            throw new CommandFailure(ExitCode.MODEL, e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.INPUT, "cannot write " + options.out() + ": " + e.getMessage(), e);
        }
    }

    private TrainingOptions options() {
        try {
            return new TrainingOptions(context.workingDirectory().resolve(data),
                    context.workingDirectory().resolve(out), or(steps, defaults.steps()),
                    or(batch, defaults.batchSize()), or(learningRate, defaults.learningRate()), encoderSpec(),
                    defaults.embeddingSize(), defaults.lstmUnits(), defaults.maxCaptionWords(),
                    defaults.minWordCount(), or(seed, defaults.seed()),
                    or(checkpointEvery, defaults.checkpointEvery()), defaults.modelName());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCode.USAGE, e.getMessage(), e);
        }
    }

    private EncoderSpec encoderSpec() {
        if (encoder == null) {
            return defaults.encoder();
        }
        String[] parts = encoder.split(":");
        if (parts.length != 2 || !parts[0].matches("\\d{2,4}") || !parts[1].matches("\\d*\\.?\\d+")) {
            throw new CommandFailure(ExitCode.USAGE, "--encoder must be SIZE:DEPTH like 96:0.125, was " + encoder);
        }
        int size = Integer.parseInt(parts[0]);
        return new EncoderSpec(EncoderSpec.INCEPTION_V3, size, size, Double.parseDouble(parts[1]), 8);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
