package dev.autocaption.inference.detector;

import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.image.DecodedImage;
import dev.autocaption.inference.image.ImageDecodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Times the detector for {@code autocaption bench --engine detector}: milliseconds per image for several batch
 * sizes (images per {@link DetectorCaptioner#detect} call, spread over its worker pool), and where one image's time
 * goes (decode, pre-processing, session run, box decoding). Runs on the caller's thread; the captioner must be open.
 */
public final class DetectorBenchmark {
    /**
     * @param batchSize   images per {@code detect} call
     * @param images      images timed in total
     * @param msPerImage  median over rounds of (call time / batch size)
     * @param minMsPerImage fastest round
     */
    public record Row(int batchSize, int images, double msPerImage, double minMsPerImage) {
    }

    /**
     * Median milliseconds per image for each stage of the pipeline, measured one image at a time.
     *
     * @param decode     image bytes → pixels
     * @param preprocess letterbox + normalisation
     * @param inference  one session run, outputs copied out
     * @param postprocess GFL decode, NMS, mapping back
     */
    public record Stages(double decode, double preprocess, double inference, double postprocess) {
    }

    private final DetectorCaptioner detector;

    public DetectorBenchmark(DetectorCaptioner detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /**
     * @param images     the images to cycle through (at least one)
     * @param batchSizes e.g. {@code [1, 2, 4]}
     * @param rounds     timed calls per batch size, after one untimed call
     */
    public List<Row> run(List<ImageInput> images, List<Integer> batchSizes, int rounds) throws CaptioningException {
        if (images.isEmpty() || rounds < 1) {
            throw new IllegalArgumentException("need at least one image and one round, was " + images.size()
                    + " images, " + rounds + " rounds");
        }
        List<Row> rows = new ArrayList<>();
        for (int batchSize : batchSizes) {
            detector.detect(cycle(images, 0, batchSize));
            double[] perImage = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                List<ImageInput> batch = cycle(images, r * batchSize, batchSize);
                long start = System.nanoTime();
                detector.detect(batch);
                perImage[r] = (System.nanoTime() - start) / 1e6 / batchSize;
            }
            Arrays.sort(perImage);
            rows.add(new Row(batchSize, batchSize * rounds, perImage[rounds / 2], perImage[0]));
        }
        return rows;
    }

    /**
     * Times each stage for every image once (after one untimed pass) and returns the medians.
     *
     * @throws CaptioningException when an image cannot be decoded (the decoder's message, the cause chained)
     */
    public Stages stages(List<ImageInput> images) throws CaptioningException {
        int n = images.size();
        double[][] ms = new double[4][n];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                DecodedImage image = decode(images.get(i));
                long t1 = System.nanoTime();
                Letterbox box = Letterbox.fit(image.width(), image.height(), NanoDetPreprocessor.SIZE);
                float[] input = NanoDetPreprocessor.toInput(image, box);
                long t2 = System.nanoTime();
                NanoDetModel.Outputs out = detector.model().run(input);
                long t3 = System.nanoTime();
                DetectorCaptioner.postprocess(out, box);
                long t4 = System.nanoTime();
                double[] stage = {t1 - t0, t2 - t1, t3 - t2, t4 - t3};
                for (int s = 0; s < 4; s++) {
                    ms[s][i] = stage[s] / 1e6;
                }
            }
        }
        return new Stages(median(ms[0]), median(ms[1]), median(ms[2]), median(ms[3]));
    }

    private DecodedImage decode(ImageInput image) throws CaptioningException {
        try {
            return detector.decoder().decode(image.id(), image.bytes());
        } catch (ImageDecodingException e) {
            throw new CaptioningException(e.getMessage(), e);
        }
    }

    /** {@code count} images starting at {@code first}, wrapping around the list. */
    private static List<ImageInput> cycle(List<ImageInput> images, int first, int count) {
        List<ImageInput> out = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            out.add(images.get(i % images.size()));
        }
        return out;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
