package dev.autocaption.bot.cli;

import dev.autocaption.config.Engine;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.config.Precision;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.showandtell.TensorFlowCaptioner;
import dev.autocaption.workshop.coco.CocoDataset;
import dev.autocaption.workshop.coco.CocoFormatException;
import dev.autocaption.workshop.evaluation.DomainComparison;
import dev.autocaption.workshop.evaluation.ScoredSet;
import dev.autocaption.workshop.training.AgreementReport;
import dev.autocaption.workshop.training.ConsoleProgress;
import dev.autocaption.workshop.training.EvaluationRun;
import dev.autocaption.workshop.training.Evaluator;
import dev.autocaption.workshop.training.OutOfDomainImages;
import dev.autocaption.workshop.training.PhotoImages;
import dev.autocaption.workshop.training.PrecisionAgreement;
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

    @Option(names = "--precision", paramLabel = "P",
            description = "Show and Tell: also load the model with this encoder precision (auto, fp32 or bf16) and "
                    + "report how its captions agree with fp32's on the same images, in one run: top caption "
                    + "identical, corpus BLEU-4 of both, score deltas at the 99th percentile.")
    private String precision;

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
        Precision compared = comparedPrecision(config);
        CocoDataset dataset = dataset();
        if (compared != null) {
            return agreement(config, compared, dataset);
        }
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

    /** The {@code --precision} to compare with fp32; null without the option. */
    private Precision comparedPrecision(ModelConfig config) {
        if (precision == null) {
            return null;
        }
        Precision p = Precision.named(precision);
        if (p == null) {
            throw new CommandFailure(ExitCode.USAGE, "--precision: expected auto, fp32 or bf16, was " + precision);
        }
        if (config.engine() != Engine.SHOW_AND_TELL) {
            throw new CommandFailure(ExitCode.USAGE, "--precision applies to the show-and-tell engine, the model is "
                    + config.engine().configName());
        }
        return p;
    }

    /** fp32 and {@code compared} side by side on {@code dataset}. */
    private int agreement(ModelConfig config, Precision compared, CocoDataset dataset) {
        int total = dataset.examples().size();
        ConsoleProgress progress = new ConsoleProgress(context.err(), System.console() != null, context.clock(), 10);
        try (ImageCaptioner fp32 = context.engines().load(config.withPrecision(Precision.FP32));
             ImageCaptioner other = loadCompared(config, compared)) {
            String decided = decidedPrecision(other);
            if (decided.startsWith(Precision.FP32.configName() + ":")) {
                context.out().println("--precision " + compared.configName() + " runs the encoder in fp32 here ("
                        + decided + "): nothing to compare, no agreement reported");
                context.out().flush();
                return ExitCode.OK;
            }
            progress.evaluating(0, total);
            AgreementReport report = new PrecisionAgreement(64).compare(fp32, other, compared.configName(), dataset,
                    n -> progress.evaluating(n, total));
            context.out().print(report.format());
            context.out().println("encoder precision: " + decided);
            context.out().flush();
            return ExitCode.OK;
        } catch (CaptioningException e) {
            throw new CommandFailure(ExitCode.MODEL, e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.INPUT, "cannot read the images of " + dataset.imageDir() + ": "
                    + e.getMessage(), e);
        }
    }

    private ImageCaptioner loadCompared(ModelConfig config, Precision compared) throws CaptioningException {
        try {
            return context.engines().load(config.withPrecision(compared));
        } catch (CaptioningException e) {
            throw new CaptioningException("evaluate --precision " + compared.configName() + ": nothing compared, "
                    + "because " + e.getMessage(), e);
        }
    }

    private static String decidedPrecision(ImageCaptioner captioner) {
        return captioner instanceof TensorFlowCaptioner tf ? tf.precision().reason() : "not a Show and Tell model";
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
