package dev.autocaption.workshop.bench;

import java.util.Locale;

/** Plain-text rendering of a {@link BenchResult}, shared by {@link BenchMain} and the CLI. */
public final class BenchReport {
    private BenchReport() {
    }

    public static String table(BenchResult r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "device %s | build %d ms | load (validate+build+restore) %d ms | "
                + "peak RSS %d MiB%n", r.device(), r.buildMillis(), r.loadMillis(), r.peakRssMiB()));
        out.append(String.format(Locale.ROOT, "%5s %6s %9s %9s %9s %9s %9s %11s %8s %7s %7s%n", "batch", "images",
                "img/s", "decode", "prep", "encoder", "beam", "enc-alone", "e2e/enc", "beam%", "RSS"));
        for (BenchResult.Batch b : r.batches()) {
            out.append(String.format(Locale.ROOT, "%5d %6d %9.2f %7.1fms %7.1fms %7.1fms %7.1fms %7.2fimg/s %7.0f%% "
                    + "%6.0f%% %5dMiB%n", b.batchSize(), b.images(), b.imagesPerSecond(), b.decodeMs(),
                    b.preprocessMs(), b.encoderMs(), b.beamMs(), b.encoderAloneImagesPerSecond(),
                    100 * b.endToEndShare(), 100 * b.beamShare(), b.rssMiB()));
        }
        return out.toString();
    }

    public static String soakLine(BenchResult.SoakSample s) {
        return String.format(Locale.ROOT, "soak: %d captions, RSS %d MiB, live native objects %d (%d bytes)",
                s.captions(), s.rssMiB(), s.liveNativeObjects(), s.nativeBytes());
    }
}
