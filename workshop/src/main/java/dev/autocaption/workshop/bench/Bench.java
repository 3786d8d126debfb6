package dev.autocaption.workshop.bench;

import dev.autocaption.config.Device;
import dev.autocaption.config.Engine;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.config.Precision;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.image.ImageDecoder;
import dev.autocaption.inference.image.ImageDecodingException;
import dev.autocaption.inference.showandtell.Architecture;
import dev.autocaption.inference.showandtell.CaptionerStats;
import dev.autocaption.inference.showandtell.RandomModels;
import dev.autocaption.inference.showandtell.ShowAndTellLoader;
import dev.autocaption.inference.showandtell.TensorFlowCaptioner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bytedeco.javacpp.Pointer;

/**
 * The full-size im2txt model with random weights of the real shapes: built, saved as a checkpoint in a work
 * directory, loaded back through {@link ShowAndTellLoader} (the daemon's path), then timed. Owns the captioner until
 * {@link #close()}. Not thread-safe.
 */
public final class Bench implements AutoCloseable {
    private static final int MAX_BATCH = 32;
    /** Batches per timed call, so the overlapped path reaches its steady state. */
    static final int BATCHES_PER_CALL = 4;
    /** Rounds per batch size at least, for a median of the rounds' ratios. */
    static final int MIN_ROUNDS = 3;
    /** Lines of the published im2txt word_counts.txt (for its 12,000 logits). */
    private static final int PUBLISHED_VOCABULARY_LINES = 11_519;

    private final TensorFlowCaptioner captioner;
    private final long buildMillis;
    private final long loadMillis;
    private final List<byte[]> photos = new ArrayList<>();
    /** The precision asked for, and what it became when that differs ({@code auto>fp32}). */
    private final String label;

    private Bench(TensorFlowCaptioner captioner, long buildMillis, long loadMillis, String label) {
        this.captioner = captioner;
        this.label = label;
        this.buildMillis = buildMillis;
        this.loadMillis = loadMillis;
        for (int i = 0; i < MAX_BATCH; i++) {
            photos.add(SyntheticPhotos.jpeg(640, 480, i));
        }
    }

    /**
     * Builds the random model and saves it under {@code workDir} (about 150 MB), for {@link #open}.
     * {@code workDir} is the caller's to delete.
     *
     * @param log receives one line per phase
     */
    public static void write(Path workDir, Consumer<String> log) throws CaptioningException, IOException {
        long t0 = System.nanoTime();
        RandomModels.write(workDir, "bench-random", Architecture.im2txt(), RandomModels.placeholderVocabulary(
                PUBLISHED_VOCABULARY_LINES), 42);
        log.accept("built the full-size graph with random weights and saved it in " + (System.nanoTime() - t0)
                / 1_000_000 + " ms");
    }

    /**
     * Loads the model {@link #write} saved in {@code workDir} through the model loader, its encoder in
     * {@code precision} ({@code auto} is decided afresh: the bench keeps no decisions).
     *
     * @throws CaptioningException when it cannot be loaded, e.g. bf16 that TensorFlow does not apply here
     */
    public static Bench open(Path workDir, Device device, Precision precision, int beamSize, int maxLength,
            int intraOpThreads, Consumer<String> log) throws CaptioningException {
        long t1 = System.nanoTime();
        ModelConfig config = new ModelConfig(Engine.SHOW_AND_TELL, workDir, null, device, beamSize, maxLength,
                MAX_BATCH, 0, intraOpThreads, 0, 100_000_000L).withPrecision(precision);
        TensorFlowCaptioner captioner = ShowAndTellLoader.load(config);
        long loaded = (System.nanoTime() - t1) / 1_000_000;
        log.accept("loaded it back through the model loader in " + loaded + " ms on " + captioner.model().device()
                + ", encoder " + captioner.precision().reason());
        Precision effective = captioner.model().precision();
        String label = effective == precision ? precision.configName() : precision.configName() + ">"
                + effective.configName();
        return new Bench(captioner, 0, loaded, label);
    }

    /** {@link #write} then {@link #open} in fp32, with the time of both. */
    public static Bench prepare(Device device, int beamSize, int maxLength, int intraOpThreads, Path workDir,
            Consumer<String> log) throws CaptioningException, IOException {
        long t0 = System.nanoTime();
        write(workDir, log);
        long built = (System.nanoTime() - t0) / 1_000_000;
        Bench bench = open(workDir, device, Precision.FP32, beamSize, maxLength, intraOpThreads, log);
        return new Bench(bench.captioner, built, bench.loadMillis, bench.label);
    }

    /**
     * Times each batch size: end to end through {@link TensorFlowCaptioner#caption} (stage times from its stats),
     * then the encoder alone on the same preprocessed images.
     *
     * @param minImages images captioned per batch size and path, at least (rounded up to whole calls of
     *                  {@value #BATCHES_PER_CALL} batches)
     */
    public BenchResult run(List<Integer> batchSizes, int minImages, Consumer<String> log)
            throws CaptioningException {
        List<BenchResult.Batch> rows = new ArrayList<>();
        for (int batchSize : batchSizes) {
            if (batchSize < 1 || batchSize > MAX_BATCH) {
                throw new IllegalArgumentException("batch size must be in [1, " + MAX_BATCH + "], was " + batchSize);
            }
            int perCall = batchSize * BATCHES_PER_CALL;
            BenchResult.Batch row = measure(batchSize, Math.max(MIN_ROUNDS, (minImages + perCall - 1) / perCall));
            log.accept(String.format(java.util.Locale.ROOT, "batch %d: %.2f images/s end to end overlapped, %.2f "
                    + "sequential, encoder alone %.2f images/s", batchSize, row.imagesPerSecond(),
                    row.sequentialImagesPerSecond(), row.encoderAloneImagesPerSecond()));
            rows.add(row);
        }
        return new BenchResult(captioner.model().device().configName(), label,
                captioner.precision().reason(), buildMillis, loadMillis, rows, ProcessMemory.peakRssMiB());
    }

    /**
     * Per round, one call of {@value #BATCHES_PER_CALL} batches overlapped, the same call with the stages one after
     * the other, and the encoder alone on as many images, in an order that rotates from round to round, so all
     * three see the same machine load (this VM's speed varies by ±25 % over minutes, more while other builds run);
     * the shares are the medians of each round's own ratios. Stage times come from the sequential calls, where each
     * stage has the machine to itself.
     */
    private BenchResult.Batch measure(int batchSize, int rounds) throws CaptioningException {
        List<ImageInput> call = inputs(batchSize * BATCHES_PER_CALL, 0);
        float[] packed = preprocessed(batchSize);
        captioner.caption(call.subList(0, batchSize), batchSize);
        captioner.model().features(packed, batchSize);
        long[][] nanos = new long[rounds][];
        CaptionerStats.Snapshot stages = new CaptionerStats.Snapshot(0, 0, 0, 0, 0, 0);
        for (int r = 0; r < rounds; r++) {
            nanos[r] = new long[3];
            for (int k = 0; k < 3; k++) {
                int path = (r + k) % 3;
                CaptionerStats.Snapshot before = captioner.stats().snapshot();
                nanos[r][path] = timed(path, call, packed, batchSize);
                if (path == SEQUENTIAL) {
                    stages = stages.plus(captioner.stats().snapshot().minus(before));
                }
            }
        }
        int images = call.size() * rounds;
        return new BenchResult.Batch(batchSize, images, rate(nanos, OVERLAPPED, images), rate(nanos, SEQUENTIAL,
                images), ms(stages.decodeNanos(), images), ms(stages.preprocessNanos(), images),
                ms(stages.encoderNanos(), images), ms(stages.beamNanos(), images), rate(nanos, ENCODER, images),
                medianShare(nanos, OVERLAPPED), medianShare(nanos, SEQUENTIAL), ProcessMemory.rssMiB());
    }

    private static final int OVERLAPPED = 0;
    private static final int SEQUENTIAL = 1;
    private static final int ENCODER = 2;

    /** Nanoseconds of one path on the call's images. */
    private long timed(int path, List<ImageInput> call, float[] packed, int batchSize) throws CaptioningException {
        long t0 = System.nanoTime();
        switch (path) {
            case OVERLAPPED -> requireCaptioned(captioner.caption(call, batchSize));
            case SEQUENTIAL -> requireCaptioned(captioner.captionSequentially(call, batchSize));
            default -> {
                for (int b = 0; b < BATCHES_PER_CALL; b++) {
                    captioner.model().features(packed, batchSize);
                }
            }
        }
        return System.nanoTime() - t0;
    }

    private static double rate(long[][] nanos, int path, int images) {
        long total = 0;
        for (long[] round : nanos) {
            total += round[path];
        }
        return images / (total / 1e9);
    }

    /** The median over rounds of (encoder-alone time / this path's time): the path's rate as a share of it. */
    private static double medianShare(long[][] nanos, int path) {
        double[] shares = new double[nanos.length];
        for (int r = 0; r < nanos.length; r++) {
            shares[r] = nanos[r][ENCODER] / (double) nanos[r][path];
        }
        java.util.Arrays.sort(shares);
        int n = shares.length;
        return n % 2 == 1 ? shares[n / 2] : (shares[n / 2 - 1] + shares[n / 2]) / 2;
    }

    private float[] preprocessed(int batchSize) {
        float[] packed = null;
        try (ImageDecoder decoder = new ImageDecoder(100_000_000L)) {
            for (int i = 0; i < batchSize; i++) {
                float[] one = captioner.model().preprocess(decoder.decode("photo" + i, photos.get(i)));
                if (packed == null) {
                    packed = new float[one.length * batchSize];
                }
                System.arraycopy(one, 0, packed, i * one.length, one.length);
            }
        } catch (ImageDecodingException e) {
            throw new IllegalStateException("synthetic photo failed to decode: " + e.getMessage(), e);
        }
        return packed;
    }

    /**
     * Captions {@code images} photos in batches of 8, four batches per call (the overlapped path), sampling RSS and live JavaCPP-tracked native objects (TF
     * tensors among them) every {@code every} captions.
     */
    public List<BenchResult.SoakSample> soak(long images, long every, Consumer<BenchResult.SoakSample> progress)
            throws CaptioningException {
        List<BenchResult.SoakSample> samples = new ArrayList<>();
        long done = 0;
        long nextSample = 0;
        while (done < images) {
            if (done >= nextSample) {
                BenchResult.SoakSample s = new BenchResult.SoakSample(done, ProcessMemory.rssMiB(),
                        Pointer.totalCount(), Pointer.totalBytes());
                samples.add(s);
                progress.accept(s);
                nextSample += every;
            }
            int n = (int) Math.min(8L * BATCHES_PER_CALL, images - done);
            requireCaptioned(captioner.caption(inputs(n, (int) (done % MAX_BATCH)), 8));
            done += n;
        }
        BenchResult.SoakSample last = new BenchResult.SoakSample(done, ProcessMemory.rssMiB(), Pointer.totalCount(),
                Pointer.totalBytes());
        samples.add(last);
        progress.accept(last);
        return samples;
    }

    private List<ImageInput> inputs(int n, int offset) {
        List<ImageInput> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int k = (offset + i) % MAX_BATCH;
            out.add(new ImageInput("photo" + k + ".jpg", photos.get(k)));
        }
        return out;
    }

    private static void requireCaptioned(List<CaptionResult> results) throws CaptioningException {
        for (CaptionResult r : results) {
            if (r.failed()) {
                throw new CaptioningException("benchmark image failed: " + r.error());
            }
        }
    }

    private static double ms(long nanos, int images) {
        return nanos / 1e6 / images;
    }

    /** Like the published vocabulary: 11,519 lines, {@code <S>} and {@code </S>} on lines 2 and 3. */
    @Override
    public void close() {
        captioner.close();
    }
}
