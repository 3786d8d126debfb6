package dev.autocaption.bot.cli;

import dev.autocaption.config.Engine;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.domain.DistanceQuantiles;
import dev.autocaption.workshop.coco.CocoDataset;
import dev.autocaption.workshop.coco.CocoFormatException;
import dev.autocaption.workshop.domain.DomainFit;
import dev.autocaption.workshop.training.CalibrationResult;
import dev.autocaption.workshop.training.ConsoleProgress;
import dev.autocaption.workshop.training.DomainCalibration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption models calibrate}: computes the domain statistics of an existing Show and Tell model directory
 * from images of its training domain and stores them there ({@code domain.json}, named by {@code model.json}), so
 * its caption scores fall on images unlike its training data.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compute a model's domain statistics (encoder-feature mean, covariance and distance quantiles) "
                + "from its training images, so captions of unfamiliar images score lower.")
final class ModelsCalibrateCommand implements Callable<Integer> {
    /** Images per encoder run while calibrating (only the encoder runs, so larger batches than captioning). */
    private static final int ENCODER_BATCH = 32;

    private final CliContext context;
    private final GlobalOptions globals;

    @Option(names = "--model", paramLabel = "DIR", required = true, description = "Model directory (with model.json).")
    private Path model;

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "The model's training data (or more of the same domain): captions.json and images.")
    private Path data;

    @Option(names = "--images", paramLabel = "N", defaultValue = "2000",
            description = "Images to use, evenly spaced over the data set (default ${DEFAULT-VALUE}, at least 10).")
    private int images;

    @Option(names = "--shrinkage", paramLabel = "L",
            description = "Covariance shrinkage towards the identity, 0..1 (default: estimated from the images, "
                    + "Ledoit-Wolf).")
    private Double shrinkage;

    ModelsCalibrateCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        DomainCalibration calibration = calibration();
        ModelConfig configured = ConfigSupport.load(context, globals).config().model();
        ModelConfig config = configured.forModel(Engine.SHOW_AND_TELL, context.workingDirectory().resolve(model), null)
                .withBatchSize(ENCODER_BATCH);
        Path dataDir = context.workingDirectory().resolve(data);
        try {
            CocoDataset dataset = CocoDataset.open(dataDir);
            CalibrationResult result = calibration.calibrate(config, dataset,
                    new ConsoleProgress(context.err(), System.console() != null, context.clock(), 10));
            DistanceQuantiles q = result.statistics().quantiles();
            context.out().println(String.format(Locale.ROOT, "wrote %s: %d images, %d features, shrinkage %.4f; "
                            + "in-domain distance p50 %.2f, p90 %.2f, p99 %.2f, max %.2f (%.1f s)", result.file(),
                    result.statistics().images(), result.statistics().featureSize(), result.statistics().shrinkage(),
                    q.p50(), q.p90(), q.p99(), q.max(), result.seconds()));
            context.out().flush();
            return ExitCode.OK;
        } catch (CaptioningException e) {
            throw new CommandFailure(ExitCode.MODEL, e.getMessage(), e);
        } catch (IOException | CocoFormatException e) {
            throw new CommandFailure(ExitCode.INPUT, "cannot calibrate " + config.path() + " on " + dataDir + ": "
                    + e.getMessage(), e);
        }
    }

    private DomainCalibration calibration() {
        try {
            return new DomainCalibration(images, shrinkage == null ? DomainFit.defaults()
                    : new DomainFit(shrinkage, DomainFit.DEFAULT_FOLDS));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCode.USAGE, "--images/--shrinkage: " + e.getMessage(), e);
        }
    }
}
