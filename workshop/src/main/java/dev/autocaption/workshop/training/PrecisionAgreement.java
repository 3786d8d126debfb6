package dev.autocaption.workshop.training;

import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.workshop.coco.CocoDataset;
import dev.autocaption.workshop.coco.CocoExample;
import dev.autocaption.workshop.evaluation.CandidateCaption;
import dev.autocaption.workshop.evaluation.EvaluationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * One model in fp32 and in another encoder precision over the same data set in one run: chunk by chunk, the same
 * images through the fp32 captioner then through the other (so both see the same machine load), then how far the
 * other strays: the share of images whose best caption is word for word the same, corpus BLEU-4 of both, and the
 * distribution of |score difference| of the best captions (the number the filter judges). Stateless; the caller
 * owns both captioners.
 */
public final class PrecisionAgreement {
    private final int chunkSize;

    /** @param chunkSize images per {@link ImageCaptioner#caption} call, at least 1 */
    public PrecisionAgreement(int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1, was " + chunkSize);
        }
        this.chunkSize = chunkSize;
    }

    /**
     * @param precision the other captioner's precision, for the report
     * @param progress  called with the number of images done (by both) after each chunk
     * @throws CaptioningException when a captioner fails as a whole
     * @throws IOException         when an image file cannot be read
     */
    public AgreementReport compare(ImageCaptioner fp32, ImageCaptioner other, String precision, CocoDataset data,
            IntConsumer progress) throws CaptioningException, IOException {
        List<CocoExample> examples = data.examples();
        if (examples.isEmpty()) {
            throw new CaptioningException("data set " + data.imageDir() + " has no captioned images to compare on");
        }
        Side reference = new Side();
        Side compared = new Side();
        for (int from = 0; from < examples.size(); from += chunkSize) {
            List<CocoExample> chunk = examples.subList(from, Math.min(examples.size(), from + chunkSize));
            List<ImageInput> inputs = read(chunk);
            reference.caption(fp32, inputs, chunk);
            compared.caption(other, inputs, chunk);
            progress.accept(reference.candidates.size());
        }
        return report(precision, reference, compared);
    }

    private static AgreementReport report(String precision, Side fp32, Side other) {
        int n = fp32.candidates.size();
        int same = 0;
        double[] deltas = new double[n];
        for (int i = 0; i < n; i++) {
            same += fp32.candidates.get(i).candidate().equals(other.candidates.get(i).candidate()) ? 1 : 0;
            deltas[i] = Math.abs(fp32.scores.get(i) - other.scores.get(i));
        }
        Arrays.sort(deltas);
        int within = 0;
        for (double d : deltas) {
            within += d <= AgreementReport.MAX_SCORE_DELTA ? 1 : 0;
        }
        return new AgreementReport(precision, n, same, EvaluationReport.evaluate(fp32.candidates),
                EvaluationReport.evaluate(other.candidates), deltas[Math.max(0, (int) Math.ceil(0.99 * n) - 1)],
                deltas[n - 1], within, fp32.nanos / 1e9, other.nanos / 1e9);
    }

    /** What one captioner made of the images, in data-set order. */
    private static final class Side {
        final List<CandidateCaption> candidates = new ArrayList<>();
        final List<Double> scores = new ArrayList<>();
        long nanos;

        void caption(ImageCaptioner captioner, List<ImageInput> inputs, List<CocoExample> chunk)
                throws CaptioningException {
            long t0 = System.nanoTime();
            List<CaptionResult> results = captioner.caption(inputs);
            nanos += System.nanoTime() - t0;
            for (int i = 0; i < chunk.size(); i++) {
                CaptionResult result = results.get(i);
                String best = result.best() == null ? "" : String.join(" ", result.best().tokens());
                candidates.add(new CandidateCaption(chunk.get(i).image().fileName(), best, chunk.get(i).captions()));
                scores.add(result.best() == null ? 0.0 : result.best().score());
            }
        }
    }

    private static List<ImageInput> read(List<CocoExample> chunk) throws IOException {
        List<ImageInput> inputs = new ArrayList<>(chunk.size());
        for (CocoExample example : chunk) {
            inputs.add(new ImageInput(example.image().fileName(), Files.readAllBytes(example.path())));
        }
        return inputs;
    }
}
