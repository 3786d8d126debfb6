package dev.autocaption.workshop.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain-text rendering of a {@link BenchResult}, shared by {@link BenchMain} and the CLI. */
public final class BenchReport {
    private BenchReport() {
    }

    public static String table(BenchResult r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "device %s | encoder %s | load (validate+build+restore) %d ms | "
                + "peak RSS %d MiB%n", r.device(), r.precisionReason(), r.loadMillis(), r.peakRssMiB()));
        out.append(String.format(Locale.ROOT, "%5s %5s %6s %9s %9s %11s %8s %8s %9s %9s %9s %9s %9s %7s %7s%n",
                "prec", "batch", "images", "img/s", "seq img/s", "enc-alone", "e2e/enc", "seq/enc", "seq ms/img",
                "decode", "prep", "encoder", "beam", "beam%", "RSS"));
        for (BenchResult.Batch b : r.batches()) {
            out.append(String.format(Locale.ROOT, "%5s %5d %6d %9.2f %9.2f %7.2fimg/s %7.0f%% %7.0f%% %7.1fms "
                    + "%7.1fms %7.1fms %7.1fms %7.1fms %6.0f%% %5dMiB%n", r.precision(), b.batchSize(), b.images(),
                    b.imagesPerSecond(), b.sequentialImagesPerSecond(), b.encoderAloneImagesPerSecond(),
                    100 * b.endToEndShare(), 100 * b.sequentialShare(), b.sequentialMsPerImage(), b.decodeMs(),
                    b.preprocessMs(), b.encoderMs(), b.beamMs(), 100 * b.beamShare(), b.rssMiB()));
        }
        return out.toString();
    }

    /**
     * The precisions side by side: per batch size, each one's end-to-end and encoder-alone rate, and a line for
     * each precision that could not run, with why.
     */
    public static String comparison(List<BenchResult> results, Map<String, String> notRun) {
        StringBuilder out = new StringBuilder("precisions side by side (images/s end to end overlapped / encoder "
                + "alone):\n");
        List<Integer> batches = results.isEmpty() ? List.of() : results.get(0).batches().stream()
                .map(BenchResult.Batch::batchSize).toList();
        for (int i = 0; i < batches.size(); i++) {
            out.append(String.format(Locale.ROOT, "  batch %3d:", batches.get(i)));
            for (BenchResult r : results) {
                BenchResult.Batch b = r.batches().get(i);
                out.append(String.format(Locale.ROOT, "  %s %.2f / %.2f", r.precision(), b.imagesPerSecond(),
                        b.encoderAloneImagesPerSecond()));
            }
            out.append('\n');
        }
        notRun.forEach((precision, why) -> out.append("  ").append(precision).append(": not run: ").append(why)
                .append('\n'));
        return out.toString();
    }

    public static String soakLine(BenchResult.SoakSample s) {
        return String.format(Locale.ROOT, "soak: %d captions, RSS %d MiB, live native objects %d (%d bytes)",
                s.captions(), s.rssMiB(), s.liveNativeObjects(), s.nativeBytes());
    }
}
