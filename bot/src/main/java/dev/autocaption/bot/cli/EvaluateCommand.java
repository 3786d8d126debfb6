package dev.autocaption.bot.cli;

import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.coco.CocoDataset;
import dev.autocaption.inference.coco.CocoFormatException;
import dev.autocaption.inference.evaluation.ScoreDistribution;
import dev.autocaption.inference.showandtell.ShowAndTellLoader;
import dev.autocaption.inference.showandtell.TensorFlowCaptioner;
import dev.autocaption.inference.training.EvaluationRun;
import dev.autocaption.inference.training.Evaluator;
import dev.autocaption.inference.training.OutOfDomainImages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption evaluate}: BLEU-1..4, CIDEr-D and the caption-score distribution of a model on a COCO-format
 * data set, plus the score distribution on generated out-of-domain images (noise, text, gradients).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score a model on a COCO-format data set (BLEU-1..4, CIDEr-D, score distributions).")
final class EvaluateCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--model", paramLabel = "M", description = "Model directory (default: the bundled models/demo).")
    private Path model;

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "Folder with captions.json and images.")
    private Path data;

    @Option(names = "--out-of-domain", paramLabel = "N", defaultValue = "300",
            description = "Also score N generated non-scene images; 0 skips (default ${DEFAULT-VALUE}).")
    private int outOfDomain;

    EvaluateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ModelConfig d = ModelConfig.defaults();
        Path path = context.workingDirectory().resolve(model != null ? model : d.path());
        ModelConfig config = new ModelConfig(d.engine(), path, null, d.device(), d.beamSize(), d.maxLength(),
                d.batchSize(), d.lengthNormalization(), d.intraOpThreads(), d.interOpThreads(), d.maxImagePixels());
        try (TensorFlowCaptioner captioner = ShowAndTellLoader.load(config)) {
            Evaluator evaluator = new Evaluator(64);
            EvaluationRun run = evaluator.evaluate(captioner, CocoDataset.open(context.workingDirectory()
                    .resolve(data)), n -> { });
            context.out().println(run.format());
            if (outOfDomain > 0) {
                ScoreDistribution scores = evaluator.scores(captioner,
                        new OutOfDomainImages(320, 240).generate(outOfDomain, 1L));
                context.out().println("out-of-domain caption score (noise, text, gradients): " + scores.summary());
                context.out().println(scores.render(0, 1, 10, 40));
            }
            context.out().flush();
            return run.failed() > 0 ? ExitCode.PARTIAL_FAILURE : ExitCode.OK;
        } catch (CaptioningException e) {
            throw new CommandFailure(ExitCode.MODEL, e.getMessage(), e);
        } catch (IOException | CocoFormatException e) {
            throw new CommandFailure(ExitCode.INPUT, "cannot read data set " + data + ": " + e.getMessage(), e);
        }
    }
}
