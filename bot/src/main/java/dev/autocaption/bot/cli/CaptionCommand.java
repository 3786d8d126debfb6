package dev.autocaption.bot.cli;

import dev.autocaption.config.Engine;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.detector.model.DetectorModelStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code autocaption caption IMAGE...}: loads the Show and Tell model once and prints the top captions of every
 * image (like im2txt's {@code run_inference}, without its start-up cost per image). A failed image is reported and
 * the others are still printed; the exit code is then {@link ExitCode#PARTIAL_FAILURE}.
 */
@Command(name = "caption", mixinStandardHelpOptions = true,
        description = "Caption images with the configured engine (Show and Tell by default, or the detector). IMAGE may be a path, a folder (its images), a glob "
                + "(photos/*.jpg) or a comma-separated list.")
final class CaptionCommand implements Callable<Integer> {
    /** Files read per captioner call, at least; a call takes four batches, so the captioner overlaps them. */
    private static final int MIN_CHUNK = 32;
    private static final int BATCHES_PER_CALL = 4;

    private final CliContext context;
    private final GlobalOptions globals;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "show-and-tell or detector (default: model.engine from the configuration).")
    private String engine;

    @Option(names = "--model", paramLabel = "DIR_OR_PREFIX",
            description = "A model directory (with model.json) or a bare im2txt checkpoint prefix. Default: "
                    + "model.path from the configuration, else models/demo.")
    private Path model;

    @Option(names = "--vocab", paramLabel = "FILE",
            description = "The word_counts.txt written with the checkpoint (default: the model's own, or "
                    + "word_counts.txt beside a bare checkpoint).")
    private Path vocab;

    @Option(names = "--top", paramLabel = "N", defaultValue = "3",
            description = "Captions per image (default ${DEFAULT-VALUE}; also widens the beam if larger).")
    private int top;

    @Option(names = "--json", description = "Print one JSON array with an object per image.")
    private boolean json;

    @Parameters(paramLabel = "IMAGE", arity = "1..*", description = "Images: paths, folders, globs or comma lists.")
    private List<String> images;

    CaptionCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        if (top < 1) {
            throw new CommandFailure(ExitCode.USAGE, "--top must be at least 1, was " + top);
        }
        List<Path> files = ImageArguments.expand(images, context.workingDirectory());
        if (files.stream().noneMatch(Files::isRegularFile)) {
            throw new CommandFailure(ExitCode.INPUT, "no such image file: " + String.join(", ",
                    files.stream().map(Path::toString).toList()));
        }
        List<CaptionResult> results = new ArrayList<>();
        ModelConfig configured = withEngine(ConfigSupport.load(context, globals).config().model());
        int chunk = Math.max(MIN_CHUNK, BATCHES_PER_CALL * configured.batchSize());
        try (ImageCaptioner captioner = load(configured)) {
            for (int from = 0; from < files.size(); from += chunk) {
                results.addAll(captionChunk(captioner, files.subList(from, Math.min(files.size(), from + chunk))));
            }
        } catch (CaptioningException e) {
            throw new CommandFailure(ExitCode.MODEL, e.getMessage(), e);
        }
        CaptionOutput output = new CaptionOutput(context.out(), top);
        if (json) {
            output.json(results);
        } else {
            output.text(results);
        }
        return results.stream().anyMatch(CaptionResult::failed) ? ExitCode.PARTIAL_FAILURE : ExitCode.OK;
    }

    private ImageCaptioner load(ModelConfig configured) throws CaptioningException {
        Path path = context.workingDirectory().resolve(model != null ? model : configured.path());
        if (configured.engine() == Engine.DETECTOR) {
            return context.engines().load(configured.withPath(path, null));
        }
        if (model == null && !Files.exists(path)) {
            throw new CommandFailure(ExitCode.MODEL, "no model at " + path + " (model.path, default "
                    + ModelConfig.DEFAULT_PATH + "). Pass --model with a model directory, or with an im2txt "
                    + "checkpoint prefix such as model.ckpt-2000000 plus --vocab word_counts.txt (the published "
                    + "checkpoints: github.com/KranthiGV/Pretrained-Show-and-Tell-model)");
        }
        Path vocabulary = vocab != null ? context.workingDirectory().resolve(vocab) : model != null ? null
                : configured.vocab();
        return context.engines().load(configured.forModel(Engine.SHOW_AND_TELL, path, vocabulary)
                .withBeamSize(Math.max(top, configured.beamSize())));
    }

    /** The configured model, switched to the {@code --engine} option's engine (and its default path) if given. */
    private ModelConfig withEngine(ModelConfig configured) {
        if (engine == null) {
            return configured;
        }
        for (Engine candidate : Engine.values()) {
            if (candidate.configName().equals(engine)) {
                if (candidate == configured.engine()) {
                    return configured;
                }
                Path defaultPath = candidate == Engine.DETECTOR ? DetectorModelStore.defaultDirectory(
                        context.environment(), context.workingDirectory()) : configured.path();
                return configured.forModel(candidate, defaultPath, null);
            }
        }
        throw new CommandFailure(ExitCode.USAGE, "--engine: expected show-and-tell or detector, was " + engine);
    }

    /** Why a file could not be read, without its path (the output names the file once, in front). */
    private static String unreadable(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return "cannot read (" + e.getClass().getSimpleName() + ")";
    }

    /** Captions the readable files; an unreadable one gets its own error result in its place. */
    private static List<CaptionResult> captionChunk(ImageCaptioner captioner, List<Path> files)
            throws CaptioningException {
        List<ImageInput> inputs = new ArrayList<>(files.size());
        CaptionResult[] unreadable = new CaptionResult[files.size()];
        for (int i = 0; i < files.size(); i++) {
            try {
                inputs.add(new ImageInput(files.get(i).toString(), Files.readAllBytes(files.get(i))));
            } catch (IOException e) {
                unreadable[i] = CaptionResult.failed(files.get(i).toString(), unreadable(e));
            }
        }
        List<CaptionResult> captioned = captioner.caption(inputs);
        List<CaptionResult> out = new ArrayList<>(files.size());
        int next = 0;
        for (CaptionResult failed : unreadable) {
            out.add(failed != null ? failed : captioned.get(next++));
        }
        return out;
    }
}
