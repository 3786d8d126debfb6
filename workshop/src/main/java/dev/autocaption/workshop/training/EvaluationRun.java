package dev.autocaption.workshop.training;

import dev.autocaption.workshop.evaluation.CandidateCaption;
import dev.autocaption.workshop.evaluation.EvaluationReport;
import dev.autocaption.workshop.evaluation.ScoredSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A captioner scored on a data set: the metrics against the references, and the distribution of the captioner's
 * own confidence score ({@code Caption.score()}, what the filter thresholds) over the same images.
 *
 * @param modelId  the captioner's model id
 * @param report   BLEU-1..4 and CIDEr-D (corpus and per image)
 * @param scores   the best caption's score per captioned image (with and without the familiarity factor)
 * @param captions every image's best caption (empty when it failed) with its references
 * @param failed   images the captioner returned an error for (scored with an empty caption)
 * @param seconds  wall-clock seconds spent captioning
 */
public record EvaluationRun(String modelId, EvaluationReport report, ScoredSet scores,
        List<CandidateCaption> captions, int failed, double seconds) {
    public EvaluationRun {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(scores, "scores");
        captions = List.copyOf(captions);
    }

    /** The metrics report followed by the score distribution, as plain text. */
    public String format() {
        return String.format(Locale.ROOT, "model    %s%nfailed   %d%nseconds  %.1f (%.1f images/s)%n%s%n"
                        + "caption score: %s%n%s", modelId, failed, seconds, report.images() / Math.max(seconds, 1e-9),
                report.format(), scores.scores().summary(), scores.scores().render(0, 1, 10, 40));
    }
}
