package dev.autocaption.workshop.training;

import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.workshop.coco.CocoDataset;
import dev.autocaption.workshop.coco.CocoExample;
import dev.autocaption.workshop.evaluation.CandidateCaption;
import dev.autocaption.workshop.evaluation.EvaluationReport;
import dev.autocaption.workshop.evaluation.ScoredSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs a captioner over a data set and scores its best captions against the references ({@code evaluation}
 * package: BLEU-1..4 and CIDEr-D to the coco-caption definitions), or over unlabelled images for the score
 * distribution alone (the out-of-domain check). Images go to the captioner {@code chunkSize} at a time so memory
 * stays bounded on large sets. Stateless and thread-safe; the caller owns the captioner.
 */
public final class Evaluator {
    private final int chunkSize;

    /** @param chunkSize images per {@link ImageCaptioner#caption} call, at least 1 */
    public Evaluator(int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1, was " + chunkSize);
        }
        this.chunkSize = chunkSize;
    }

    /**
     * Captions every image of {@code data} and scores the best caption against its references.
     *
     * @param progress called with the number of images captioned so far after each chunk
     * @throws CaptioningException when the captioner fails as a whole
     * @throws IOException         when an image file cannot be read
     */
    public EvaluationRun evaluate(ImageCaptioner captioner, CocoDataset data, IntConsumer progress)
            throws CaptioningException, IOException {
        List<CocoExample> examples = data.examples();
        if (examples.isEmpty()) {
            throw new CaptioningException("data set " + data.imageDir() + " has no captioned images to evaluate");
        }
        long t0 = System.nanoTime();
        List<CandidateCaption> candidates = new ArrayList<>();
        List<CaptionResult> all = new ArrayList<>();
        int failed = 0;
        for (int from = 0; from < examples.size(); from += chunkSize) {
            List<CocoExample> chunk = examples.subList(from, Math.min(examples.size(), from + chunkSize));
            List<CaptionResult> results = captioner.caption(read(chunk));
            for (int i = 0; i < chunk.size(); i++) {
                CaptionResult result = results.get(i);
                failed += result.failed() ? 1 : 0;
                String best = result.best() == null ? "" : String.join(" ", result.best().tokens());
                all.add(result);
                candidates.add(new CandidateCaption(chunk.get(i).image().fileName(), best, chunk.get(i).captions()));
            }
            progress.accept(candidates.size());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new EvaluationRun(captioner.modelId(), EvaluationReport.evaluate(candidates),
                ScoredSet.of(name(data), all, true), candidates, failed, seconds);
    }

    /**
     * The best caption's score for each of {@code images} (0 for an image the captioner could not caption or found
     * nothing in), with and without the familiarity factor.
     *
     * @throws CaptioningException when the captioner fails as a whole
     */
    public ScoredSet scores(String name, ImageCaptioner captioner, List<ImageInput> images)
            throws CaptioningException {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("no images to score");
        }
        List<CaptionResult> results = new ArrayList<>();
        for (int from = 0; from < images.size(); from += chunkSize) {
            results.addAll(captioner.caption(images.subList(from, Math.min(images.size(), from + chunkSize))));
        }
        return ScoredSet.of(name, results, false);
    }

    private static String name(CocoDataset data) {
        Path dir = data.imageDir().getFileName();
        return dir == null ? "data set" : dir.toString();
    }

    private static List<ImageInput> read(List<CocoExample> chunk) throws IOException {
        List<ImageInput> inputs = new ArrayList<>(chunk.size());
        for (CocoExample example : chunk) {
            inputs.add(new ImageInput(example.image().fileName(), Files.readAllBytes(example.path())));
        }
        return inputs;
    }
}
