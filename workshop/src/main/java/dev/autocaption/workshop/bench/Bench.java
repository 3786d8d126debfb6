package dev.autocaption.workshop.bench;

import dev.autocaption.config.Device;
import dev.autocaption.config.Engine;
import dev.autocaption.config.ModelConfig;
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
    /** Lines of the published im2txt word_counts.txt (for its 12,000 logits). */
    private static final int PUBLISHED_VOCABULARY_LINES = 11_519;

    private final TensorFlowCaptioner captioner;
    private final long buildMillis;
    private final long loadMillis;
    private final List<byte[]> photos = new ArrayList<>();

    private Bench(TensorFlowCaptioner captioner, long buildMillis, long loadMillis) {
        this.captioner = captioner;
        this.buildMillis = buildMillis;
        this.loadMillis = loadMillis;
        for (int i = 0; i < MAX_BATCH; i++) {
            photos.add(SyntheticPhotos.jpeg(640, 480, i));
        }
    }

    /**
     * Builds the random model, saves it under {@code workDir} (about 150 MB) and loads it back.
     * {@code workDir} is the caller's to delete.
     *
     * @param log receives one line per phase
     */
    public static Bench prepare(Device device, int beamSize, int maxLength, int intraOpThreads, Path workDir,
            Consumer<String> log) throws CaptioningException, IOException {
        long t0 = System.nanoTime();
        RandomModels.write(workDir, "bench-random", Architecture.im2txt(), RandomModels.placeholderVocabulary(
                PUBLISHED_VOCABULARY_LINES), 42);
        long built = (System.nanoTime() - t0) / 1_000_000;
        log.accept("built the full-size graph with random weights and saved it in " + built + " ms");
        long t1 = System.nanoTime();
        ModelConfig config = new ModelConfig(Engine.SHOW_AND_TELL, workDir, null, device, beamSize, maxLength,
                MAX_BATCH, 0, intraOpThreads, 0, 100_000_000L);
        TensorFlowCaptioner captioner = ShowAndTellLoader.load(config);
        long loaded = (System.nanoTime() - t1) / 1_000_000;
        log.accept("loaded it back through the model loader in " + loaded + " ms on " + captioner.model().device());
        return new Bench(captioner, built, loaded);
    }

    /**
     * Times each batch size: end to end through {@link TensorFlowCaptioner#caption} (stage times from its stats),
     * then the encoder alone on the same preprocessed images.
     *
     * @param minImages images captioned per batch size, at least (rounded up to whole batches)
     */
    public BenchResult run(List<Integer> batchSizes, int minImages, Consumer<String> log)
            throws CaptioningException {
        List<BenchResult.Batch> rows = new ArrayList<>();
        for (int batchSize : batchSizes) {
            if (batchSize < 1 || batchSize > MAX_BATCH) {
                throw new IllegalArgumentException("batch size must be in [1, " + MAX_BATCH + "], was " + batchSize);
            }
            BenchResult.Batch row = measure(batchSize, Math.max(1, (minImages + batchSize - 1) / batchSize));
            log.accept(String.format(java.util.Locale.ROOT, "batch %d: %.2f images/s end to end, encoder alone "
                    + "%.2f images/s", batchSize, row.imagesPerSecond(), row.encoderAloneImagesPerSecond()));
            rows.add(row);
        }
        return new BenchResult(captioner.model().device().configName(), buildMillis, loadMillis, rows,
                ProcessMemory.peakRssMiB());
    }

    /**
     * Alternates one end-to-end call and one encoder-alone call per round, so both rates see the same machine load
     * (this VM's speed varies by ±25 % over minutes) and their ratio stays meaningful.
     */
    private BenchResult.Batch measure(int batchSize, int rounds) throws CaptioningException {
        List<ImageInput> batch = inputs(batchSize, 0);
        float[] packed = preprocessed(batchSize);
        captioner.caption(batch);
        captioner.model().features(packed, batchSize);
        CaptionerStats.Snapshot before = captioner.stats().snapshot();
        long endToEnd = 0;
        long encoderAlone = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            requireCaptioned(captioner.caption(batch));
            long t1 = System.nanoTime();
            captioner.model().features(packed, batchSize);
            endToEnd += t1 - t0;
            encoderAlone += System.nanoTime() - t1;
        }
        CaptionerStats.Snapshot d = captioner.stats().snapshot().minus(before);
        int images = batchSize * rounds;
        return new BenchResult.Batch(batchSize, images, images / (endToEnd / 1e9), ms(d.decodeNanos(), images),
                ms(d.preprocessNanos(), images), ms(d.encoderNanos(), images), ms(d.beamNanos(), images),
                images / (encoderAlone / 1e9), ProcessMemory.rssMiB());
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
     * Captions {@code images} photos in batches of 8, sampling RSS and live JavaCPP-tracked native objects (TF
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
            int n = (int) Math.min(8, images - done);
            requireCaptioned(captioner.caption(inputs(n, (int) (done % MAX_BATCH))));
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
