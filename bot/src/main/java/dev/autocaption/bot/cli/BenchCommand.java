package dev.autocaption.bot.cli;

import dev.autocaption.config.Device;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.bench.Bench;
import dev.autocaption.inference.bench.BenchReport;
import dev.autocaption.inference.bench.BenchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption bench}: the full-size im2txt graph with random weights, timed end to end and encoder alone
 * at several batch sizes; {@code --soak N} then captions N images watching RSS and live native tensors.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the full-size Show and Tell graph (random weights, real shapes): images/s, ms per "
                + "image for decode / preprocess / encoder / beam search, encoder-alone images/s, model load time "
                + "and RSS. Needs about 150 MB of temporary disk and 1.5 GB of memory.")
final class BenchCommand implements Callable<Integer> {
    private final CliContext context;

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
        Path work = temporaryDirectory();
        try (Bench bench = Bench.prepare(device, 3, 20, threads, work, this::progress)) {
            BenchResult result = bench.run(batchSizes, images, this::progress);
            context.out().print(BenchReport.table(result));
            if (soak > 0) {
                bench.soak(soak, Math.max(8, soak / 10), s -> progress(BenchReport.soakLine(s)));
            }
            context.out().flush();
            return ExitCode.OK;
        } catch (CaptioningException | IOException | IllegalStateException e) {
            throw new CommandFailure(ExitCode.MODEL, "benchmark failed: " + e.getMessage(), e);
        } finally {
            delete(work);
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
