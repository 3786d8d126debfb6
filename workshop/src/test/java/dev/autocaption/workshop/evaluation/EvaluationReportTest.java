package dev.autocaption.workshop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.autocaption.workshop.scenes.Scene;
import dev.autocaption.workshop.scenes.SceneGenerator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {
    private final List<Scene> scenes = IntStream.range(0, 40)
            .mapToObj(i -> new SceneGenerator(64, 48).scene(77, i)).toList();

    @Test
    void canonicalCaptionsScorePerfectBleuAgainstTheSceneReferences() {
        EvaluationReport report = EvaluationReport.evaluate(candidates(Scene::canonicalCaption));

        assertThat(report.bleu().bleu(4)).isCloseTo(1.0, within(1e-9));
        assertThat(report.bleu4Distribution().min()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void oneCaptionForEverySceneScoresFarBelowTheCanonicalOnes() {
        EvaluationReport canonical = EvaluationReport.evaluate(candidates(Scene::canonicalCaption));
        EvaluationReport constant = EvaluationReport.evaluate(candidates(s -> "a red car parked on the street"));

        assertThat(constant.bleu().bleu(4)).isLessThan(0.3);
        assertThat(constant.cider().corpus()).isLessThan(canonical.cider().corpus() / 3);
    }

    @Test
    void formatListsCorpusScoresAndDistributions() {
        String text = EvaluationReport.evaluate(candidates(Scene::canonicalCaption)).format();

        assertThat(text).startsWith("images   40").contains("BLEU-4   1.0000").contains("CIDEr-D ")
                .contains("per-image BLEU-4: n=40").contains("per-image CIDEr-D: n=40");
    }

    private List<CandidateCaption> candidates(Function<Scene, String> caption) {
        return scenes.stream().map(s -> new CandidateCaption(Integer.toString(s.index()), caption.apply(s),
                s.captions())).toList();
    }
}
