package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.beam.BeamSearch;
import dev.autocaption.inference.beam.Hypothesis;
import dev.autocaption.inference.precision.Measurement;
import dev.autocaption.inference.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The {@code auto} trial on the model being loaded: the encoder in fp32 and in bf16 on the same {@value #BATCHES}
 * batches of generated photo-like images, timed alternately (so both see the same machine load), then each
 * batch's captions from both encoders (the fp32 image step, LSTM and beam search behind both) compared word for
 * word and by score. Not thread-safe; used once while loading.
 */
final class Bf16Trial {
    static final int BATCHES = 3;
    private static final int MAX_BATCH = 32;

    private final ShowAndTellModel model;
    private final Bf16Encoder encoder;
    private final BeamSearch search;
    private final Vocabulary vocabulary;
    private final int batchSize;

    Bf16Trial(ShowAndTellModel model, Bf16Encoder encoder, BeamSearch search, Vocabulary vocabulary, int batchSize) {
        this.model = model;
        this.encoder = encoder;
        this.search = search;
        this.vocabulary = vocabulary;
        this.batchSize = Math.min(batchSize, MAX_BATCH);
    }

    Measurement run() throws CaptioningException {
        int size = model.architecture().encoder().inputSize();
        float[] warmUp = images(size, 0);
        model.fp32Features(warmUp, batchSize);
        encoder.features(warmUp, batchSize);
        long fp32Nanos = 0;
        long bf16Nanos = 0;
        List<Double> deltas = new ArrayList<>();
        int same = 0;
        for (int b = 1; b <= BATCHES; b++) {
            float[] batch = images(size, b);
            long t0 = System.nanoTime();
            float[] fp32 = model.fp32Features(batch, batchSize);
            long t1 = System.nanoTime();
            float[] bf16 = encoder.features(batch, batchSize);
            bf16Nanos += System.nanoTime() - t1;
            fp32Nanos += t1 - t0;
            same += compare(top(fp32), top(bf16), deltas);
        }
        int images = BATCHES * batchSize;
        deltas.sort(null);
        double delta99 = deltas.get(Math.min(deltas.size() - 1, (int) Math.ceil(0.99 * deltas.size()) - 1));
        return new Measurement(images, images / (fp32Nanos / 1e9), images / (bf16Nanos / 1e9),
                same / (double) images, delta99, encoder.rewrite().bf16Convolutions());
    }

    /** Each image's best hypothesis from these features. */
    private List<Hypothesis> top(float[] features) throws CaptioningException {
        List<Hypothesis> best = new ArrayList<>();
        for (List<Hypothesis> found : search.search(model.statesFromFeatures(features, batchSize),
                vocabulary.startId(), vocabulary.endId(), model)) {
            best.add(found.get(0));
        }
        return best;
    }

    private static int compare(List<Hypothesis> fp32, List<Hypothesis> bf16, List<Double> deltas) {
        int same = 0;
        for (int i = 0; i < fp32.size(); i++) {
            same += Arrays.equals(fp32.get(i).sentence(), bf16.get(i).sentence()) ? 1 : 0;
            deltas.add(Math.abs(fp32.get(i).geometricMeanProbability() - bf16.get(i).geometricMeanProbability()));
        }
        return same;
    }

    /**
     * {@code batchSize} smooth images (a colour gradient plus two soft blobs each), already in the encoder's
     * [-1, 1] NHWC layout; {@code seed} picks the batch.
     */
    private float[] images(int size, long seed) {
        float[] out = new float[batchSize * size * size * 3];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < batchSize; i++) {
            double[] p = random.doubles(15, -1, 1).toArray();
            int base = i * size * size * 3;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    double u = x / (double) size;
                    double v = y / (double) size;
                    double blobs = Math.exp(-8 * (sq(u - 0.5 - p[0] / 3) + sq(v - 0.5 - p[1] / 3)))
                            - Math.exp(-12 * (sq(u - 0.5 - p[2] / 3) + sq(v - 0.5 - p[3] / 3)));
                    for (int c = 0; c < 3; c++) {
                        double value = p[4 + c] * (u - 0.5) + p[7 + c] * (v - 0.5) + p[10 + c] * blobs + p[13] / 2;
                        out[base + (y * size + x) * 3 + c] = (float) Math.max(-1, Math.min(1, value));
                    }
                }
            }
        }
        return out;
    }

    private static double sq(double x) {
        return x * x;
    }
}
