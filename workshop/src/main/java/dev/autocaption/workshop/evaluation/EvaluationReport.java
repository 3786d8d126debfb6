package dev.autocaption.workshop.evaluation;

import java.util.Locale;
import java.util.Objects;

/**
 * BLEU-1..4 and CIDEr-D of a set of generated captions, with the per-image distributions.
 *
 * @param images how many images were scored
 */
public record EvaluationReport(int images, BleuScore bleu, CiderScore cider) {
    public EvaluationReport {
        Objects.requireNonNull(bleu, "bleu");
        Objects.requireNonNull(cider, "cider");
    }

    /** Scores every image's candidate against its references with {@link Bleu} and {@link CiderD}. */
    public static EvaluationReport evaluate(java.util.List<CandidateCaption> captions) {
        return new EvaluationReport(captions.size(), Bleu.score(captions), CiderD.score(captions));
    }

    public ScoreDistribution bleu4Distribution() {
        return ScoreDistribution.of(bleu.perImage(4));
    }

    public ScoreDistribution ciderDistribution() {
        return ScoreDistribution.of(cider.perImage());
    }

    /** A plain-text report: the corpus scores, then the per-image distributions with histograms. */
    public String format() {
        return String.format(Locale.ROOT, "images   %d%nBLEU-1   %.4f%nBLEU-2   %.4f%nBLEU-3   %.4f%nBLEU-4   %.4f%n"
                        + "CIDEr-D  %.4f%n%nper-image BLEU-4: %s%n%s%nper-image CIDEr-D: %s%n%s",
                images, bleu.bleu(1), bleu.bleu(2), bleu.bleu(3), bleu.bleu(4), cider.corpus(),
                bleu4Distribution().summary(), bleu4Distribution().render(0, 1, 10, 40),
                ciderDistribution().summary(), ciderDistribution().render(0, 10, 10, 40));
    }
}
