package dev.autocaption.workshop.bench;

import dev.autocaption.config.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs the benchmark without the CLI: {@code BenchMain [cpu|gpu|auto] [soakImages]}. Prints one table; the work
 * directory (a 150 MB random checkpoint) is a temporary directory deleted at the end.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Device device = args.length > 0 ? Device.valueOf(args[0].toUpperCase(Locale.ROOT)) : Device.CPU;
        long soak = args.length > 1 ? Long.parseLong(args[1]) : 0;
        Path work = Files.createTempDirectory("autocaption-bench");
        try (Bench bench = Bench.prepare(device, 3, 20, 0, work, System.out::println)) {
            BenchResult result = bench.run(List.of(1, 8, 32), 64, System.out::println);
            System.out.print(BenchReport.table(result));
            if (soak > 0) {
                bench.soak(soak, Math.max(1, soak / 10), s -> System.out.println(BenchReport.soakLine(s)));
            }
        } finally {
            try (var files = Files.list(work)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
    }
}
