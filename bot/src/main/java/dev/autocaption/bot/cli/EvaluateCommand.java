package dev.autocaption.bot.cli;

import dev.autocaption.config.Engine;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.workshop.coco.CocoDataset;
import dev.autocaption.workshop.coco.CocoFormatException;
import dev.autocaption.workshop.evaluation.DomainComparison;
import dev.autocaption.workshop.evaluation.ScoredSet;
import dev.autocaption.workshop.training.ConsoleProgress;
import dev.autocaption.workshop.training.EvaluationRun;
import dev.autocaption.workshop.training.Evaluator;
import dev.autocaption.workshop.training.OutOfDomainImages;
import dev.autocaption.workshop.training.PhotoImages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption evaluate}: BLEU-1..4, CIDEr-D and the caption-score distribution of a model on a COCO-format
 * data set, then the score distributions of out-of-domain images (generated noise, text and gradients, and real
 * photographs) beside it, with and without the familiarity factor, so the out-of-domain guard is measured.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score a model on a COCO-format data set (BLEU-1..4, CIDEr-D, score distributions in and out "
                + "of domain).")
final class EvaluateCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    @Option(names = "--model", paramLabel = "M",
            description = "Model directory (default: model.path from the configuration, else the bundled models/demo).")
    private Path model;

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "Folder with captions.json and images.")
    private Path data;

    @Option(names = "--out-of-domain", paramLabel = "N", defaultValue = "300",
            description = "Also score N generated non-scene images, a third each of noise, text and gradients; 0 "
                    + "skips (default ${DEFAULT-VALUE}).")
    private int outOfDomain;

    @Option(names = "--photos", paramLabel = "DIR",
            description = "Also score the photographs in DIR (default: scikit-image's sample photographs in "
                    + "/usr/lib/python3/dist-packages/skimage/data, when installed).")
    private Path photos;

    EvaluateCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        if (outOfDomain < 0) {
            throw new CommandFailure(ExitCode.USAGE, "--out-of-domain must be 0 or more, was " + outOfDomain);
        }
        ModelConfig config = modelConfig();
        CocoDataset dataset = dataset();
        ConsoleProgress progress = new ConsoleProgress(context.err(), System.console() != null, context.clock(), 10);
        int total = dataset.examples().size();
        try (ImageCaptioner captioner = context.engines().load(config)) {
            Evaluator evaluator = new Evaluator(64);
            progress.evaluating(0, total);
            EvaluationRun run = evaluator.evaluate(captioner, dataset, n -> progress.evaluating(n, total));
            context.out().println(run.format());
            List<ScoredSet> others = outOfDomain(evaluator, captioner);
            if (!others.isEmpty()) {
                context.out().println(DomainComparison.format(run.scores(), others));
            }
            context.out().flush();
            return run.failed() > 0 ? ExitCode.PARTIAL_FAILURE : ExitCode.OK;
        } catch (CaptioningException e) {
            throw new CommandFailure(ExitCode.MODEL, e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.INPUT, "cannot read the images of --photos " + photos + ": "
                    + e.getMessage(), e);
        }
    }

    /** The data set, read before the model loads: a wrong --data fails in a moment, not after the model. */
    private CocoDataset dataset() {
        Path dir = context.workingDirectory().resolve(data);
        try {
            return CocoDataset.open(dir);
        } catch (IOException | CocoFormatException e) {
            throw new CommandFailure(ExitCode.INPUT, "cannot read data set " + dir + ": " + e.getMessage(), e);
        }
    }

    /** {@code --model} as a Show and Tell model directory, else the configured model (path already resolved). */
    private ModelConfig modelConfig() {
        ModelConfig configured = ConfigSupport.load(context, globals).config().model();
        if (model == null) {
            return configured;
        }
        return configured.forModel(Engine.SHOW_AND_TELL, context.workingDirectory().resolve(model), null);
    }

    private List<ScoredSet> outOfDomain(Evaluator evaluator, ImageCaptioner captioner)
            throws CaptioningException, IOException {
        List<ScoredSet> sets = new ArrayList<>();
        OutOfDomainImages generated = new OutOfDomainImages(320, 240);
        int each = outOfDomain / OutOfDomainImages.Kind.values().length;
        for (OutOfDomainImages.Kind kind : OutOfDomainImages.Kind.values()) {
            if (each > 0) {
                sets.add(evaluator.scores(kind.name().toLowerCase(Locale.ROOT), captioner,
                        generated.generate(kind, each, 1L)));
            }
        }
        List<ImageInput> photographs = photos != null ? PhotoImages.folder(context.workingDirectory().resolve(photos))
                : PhotoImages.skimage(PhotoImages.SKIMAGE_DATA);
        if (!photographs.isEmpty()) {
            sets.add(evaluator.scores("photographs", captioner, photographs));
        } else if (photos != null) {
            context.err().println("no images in " + photos + "; scoring no photographs");
        }
        return sets;
    }
}
