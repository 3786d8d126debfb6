package dev.autocaption.bot.cli;

import dev.autocaption.config.Device;
import dev.autocaption.config.Engine;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.config.Precision;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.detector.DetectorBenchmark;
import dev.autocaption.inference.detector.DetectorCaptioner;
import dev.autocaption.inference.detector.model.DetectorModelStore;
import dev.autocaption.workshop.bench.Bench;
import dev.autocaption.workshop.bench.BenchReport;
import dev.autocaption.workshop.bench.BenchResult;
import dev.autocaption.workshop.scenes.SceneGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption bench}: the full-size im2txt graph with random weights, timed end to end and encoder alone
 * at several batch sizes; {@code --soak N} then captions N images watching RSS and live native tensors.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark an engine. Show and Tell: the full-size graph (random weights, real shapes): images/s, ms per "
                + "image for decode / preprocess / encoder / beam search, encoder-alone images/s, model load time "
                + "and RSS. Needs about 150 MB of temporary disk and 1.5 GB of memory.")
final class BenchCommand implements Callable<Integer> {
    private static final long DETECTOR_SEED = 4242L;
    private static final String NOT_RUN = "not run: ";

    private final CliContext context;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "show-and-tell",
            description = "show-and-tell (the full-size im2txt graph) or detector (the installed NanoDet model; "
                    + "ms per image per batch size and per stage). Default ${DEFAULT-VALUE}.")
    private String engine;

    @Option(names = "--device", paramLabel = "DEVICE", defaultValue = "cpu",
            description = "cpu, gpu or auto (default ${DEFAULT-VALUE}).")
    private Device device;

    @Option(names = "--batch-sizes", paramLabel = "N,N", split = ",", defaultValue = "1,8,32",
            description = "Batch sizes to time, 1 to 32 (default ${DEFAULT-VALUE}).")
    private List<Integer> batchSizes;

    @Option(names = "--images", paramLabel = "N", defaultValue = "64",
            description = "Images per batch size, at least (default ${DEFAULT-VALUE}).")
    private int images;

    @Option(names = "--soak", paramLabel = "N", defaultValue = "0",
            description = "Afterwards caption N images in a loop, reporting RSS and live native tensors.")
    private long soak;

    @Option(names = "--precision", paramLabel = "P,P", split = ",", defaultValue = "fp32",
            description = "Precisions to time one after the other in this run, from auto, fp32 and bf16, e.g. "
                    + "fp32,bf16,auto (default ${DEFAULT-VALUE}): Show and Tell's encoder, or the whole detector. "
                    + "auto is decided afresh; a bf16 TensorFlow does not apply here is reported, not timed.")
    private List<String> precisions;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "TensorFlow intra-op threads (default 0 = every core).")
    private int threads;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (batchSizes.stream().anyMatch(b -> b < 1 || b > 32) || images < 1 || soak < 0 || threads < 0) {
            throw new CommandFailure(ExitCode.USAGE, "batch sizes must be in [1, 32], --images positive, --soak "
                    + "and --threads not negative; got " + batchSizes + ", " + images + ", " + soak + ", " + threads);
        }
        if (engine.equals(Engine.DETECTOR.configName())) {
            return benchDetector();
        }
        if (!engine.equals(Engine.SHOW_AND_TELL.configName())) {
            throw new CommandFailure(ExitCode.USAGE, "--engine: expected show-and-tell or detector, was " + engine);
        }
        List<Precision> asked = precisions();
        Path work = temporaryDirectory();
        try {
            Bench.write(work, this::progress);
            List<BenchResult> results = new ArrayList<>();
            Map<String, String> notRun = new LinkedHashMap<>();
            for (Precision precision : asked) {
                BenchResult result = benchOne(work, precision, results.isEmpty() ? soak : 0, notRun);
                if (result != null) {
                    results.add(result);
                }
            }
            if (asked.size() > 1) {
                context.out().print(BenchReport.comparison(results, notRun));
            }
            context.out().flush();
            return results.isEmpty() ? ExitCode.MODEL : ExitCode.OK;
        } catch (CaptioningException | IOException | IllegalStateException e) {
            throw new CommandFailure(ExitCode.MODEL, "benchmark failed: " + e.getMessage(), e);
        } finally {
            delete(work);
        }
    }

    /** Times one precision (then soaks, when asked); null after recording why it could not be loaded. */
    private BenchResult benchOne(Path work, Precision precision, long soakImages, Map<String, String> notRun)
            throws CaptioningException {
        Bench bench;
        try {
            bench = Bench.open(work, device, precision, 3, 20, threads, this::progress);
        } catch (CaptioningException e) {
            notRun.put(precision.configName(), e.getMessage());
            progress(precision.configName() + ": not run: " + e.getMessage());
            return null;
        }
        try (bench) {
            BenchResult result = bench.run(batchSizes, images, this::progress);
            context.out().print(BenchReport.table(result));
            if (soakImages > 0) {
                bench.soak(soakImages, Math.max(8, soakImages / 10), s -> progress(BenchReport.soakLine(s)));
            }
            return result;
        }
    }

    private List<Precision> precisions() {
        List<Precision> out = new ArrayList<>();
        for (String name : precisions) {
            Precision precision = Precision.named(name.strip());
            if (precision == null) {
                throw new CommandFailure(ExitCode.USAGE, "--precision: expected auto, fp32 or bf16 (comma-separated), "
                        + "was " + name);
            }
            out.add(precision);
        }
        return out;
    }

    /**
     * The detector on generated 640x480 scenes, in each asked precision: median and best ms per image at each batch
     * size, then per stage; with several precisions, one line each at the last batch size to compare.
     */
    private int benchDetector() {
        ModelConfig base = ModelConfig.defaults();
        ModelConfig config = new ModelConfig(Engine.DETECTOR, DetectorModelStore.defaultDirectory(
                context.environment(), context.workingDirectory()), null, device, base.beamSize(), base.maxLength(),
                base.batchSize(), 0, threads, 0, base.maxImagePixels(), base.detectorThreshold());
        SceneGenerator scenes = new SceneGenerator(640, 480);
        List<ImageInput> inputs = new ArrayList<>();
        for (int i = 0; i < Math.max(8, Math.min(images, 64)); i++) {
            inputs.add(new ImageInput("scene-" + i, scenes.scene(DETECTOR_SEED, i).jpeg()));
        }
        Map<String, String> compared = new LinkedHashMap<>();
        for (Precision precision : precisions()) {
            compared.put(precision.configName(), benchDetector(config.withPrecision(precision), inputs));
        }
        if (compared.size() > 1) {
            progress("precision  ms/image at batch " + batchSizes.get(batchSizes.size() - 1) + " (median)");
            compared.forEach((precision, line) -> progress(String.format(Locale.ROOT, "%-9s  %s", precision, line)));
        }
        if (compared.values().stream().allMatch(line -> line.startsWith(NOT_RUN))) {
            throw new CommandFailure(ExitCode.MODEL, "detector benchmark failed: "
                    + compared.values().iterator().next().substring(NOT_RUN.length()));
        }
        return ExitCode.OK;
    }

    /** @return the last batch size's median ms per image and the precision's reason, or why it could not run */
    private String benchDetector(ModelConfig config, List<ImageInput> inputs) {
        long start = System.nanoTime();
        String name = config.precision().configName();
        DetectorCaptioner detector;
        try {
            detector = DetectorCaptioner.open(config, config.detectorThreshold());
        } catch (CaptioningException e) {
            progress(name + ": " + NOT_RUN + e.getMessage());
            return NOT_RUN + e.getMessage();
        }
        try (detector) {
            progress(name + ": loaded " + detector.modelId() + " in " + (System.nanoTime() - start) / 1_000_000
                    + " ms on " + device.configName() + "; " + detector.precision().reason());
            DetectorBenchmark benchmark = new DetectorBenchmark(detector);
            progress("batch  images  ms/image (median)  ms/image (best)");
            DetectorBenchmark.Row last = null;
            for (DetectorBenchmark.Row row : benchmark.run(inputs, batchSizes, Math.max(3, images / 8))) {
                progress(String.format(Locale.ROOT, "%5d  %6d  %17.1f  %15.1f", row.batchSize(), row.images(),
                        row.msPerImage(), row.minMsPerImage()));
                last = row;
            }
            DetectorBenchmark.Stages stages = benchmark.stages(inputs);
            progress(String.format(Locale.ROOT, "per image: decode %.1f ms, preprocess %.1f ms, inference %.1f ms, "
                    + "postprocess %.1f ms", stages.decode(), stages.preprocess(), stages.inference(),
                    stages.postprocess()));
            return String.format(Locale.ROOT, "%.1f (%s)", last.msPerImage(), detector.precision().precision()
                    .configName());
        } catch (CaptioningException e) {
            throw new CommandFailure(ExitCode.MODEL, "detector benchmark failed: " + e.getMessage(), e);
        }
    }

    private void progress(String line) {
        context.out().println(line);
        context.out().flush();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("autocaption-bench");
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.INPUT, "cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a leftover temporary directory is harmless and the OS cleans /tmp
        }
    }
}
