package dev.autocaption.inference.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeamSearchTest {
    private static final int START = 1;
    private static final int END = 2;
    private static final float[][] ONE_IMAGE = {ScriptedStep.start(0)};

    @Test
    void findsTheMostProbableCompleteSequence() throws Exception {
        ScriptedStep step = new ScriptedStep(0, 0, 1, 0, 0)
                .after("1", 0.5, 0, 0, 0.3, 0.2)
                .after("1 0", 0, 0, 0.4, 0.6, 0)
                .after("1 3", 0, 0, 0.9, 0, 0.1)
                .after("1 0 3", 0, 0, 1, 0, 0);

        List<Hypothesis> captions = new BeamSearch(3, 20, 0).search(ONE_IMAGE, START, END, step).get(0);

        assertThat(captions.get(0).sentence()).containsExactly(1, 0, 3, 2);
        assertThat(captions.get(0).logProbability()).isCloseTo(Math.log(0.5 * 0.6), within(1e-6));
        assertThat(captions.get(1).sentence()).containsExactly(1, 3, 2);
        assertThat(captions.get(2).sentence()).containsExactly(1, 0, 2);
        assertThat(captions).allMatch(Hypothesis::complete);
    }

    @Test
    void keepsOneGlobalTopNNotTheBestOfEachParent() throws Exception {
        ScriptedStep step = new ScriptedStep(0, 0, 1, 0, 0)
                .after("1", 0.4, 0, 0, 0.35, 0.25)
                .after("1 0", 0, 0, 0, 0.5, 0.5)
                .after("1 3", 0, 0, 0, 0.34, 0.66);

        BeamSearch search = new BeamSearch(2, 3, 0);
        List<Hypothesis> captions = search.search(ONE_IMAGE, START, END, step).get(0);

        assertThat(captions).extracting(h -> h.sentence()[2]).containsExactly(4, 3);
        assertThat(captions).extracting(h -> h.sentence()[1]).containsExactly(3, 0);
    }

    @Test
    void equalProbabilitiesKeepTheLowerWordIdThatCameFirst() throws Exception {
        ScriptedStep step = new ScriptedStep(0, 0, 1, 0, 0).after("1", 0.25, 0, 0, 0.25, 0.25, 0.25);

        List<Hypothesis> captions = new BeamSearch(2, 3, 0).search(ONE_IMAGE, START, END, step).get(0);

        assertThat(captions).extracting(h -> h.sentence()[1]).containsExactly(0, 3);
    }

    @Test
    void beamOfOneStopsAsSoonAsTheBestWordIsTheEnd() throws Exception {
        ScriptedStep step = new ScriptedStep(0, 0, 0.9, 0.1);

        List<Hypothesis> captions = new BeamSearch(1, 20, 0).search(ONE_IMAGE, START, END, step).get(0);

        assertThat(step.batchSizes).containsExactly(1);
        assertThat(captions.get(0).sentence()).containsExactly(1, 2);
    }

    @Test
    void exhaustiveSearchRunsAllStepsEvenAfterACaptionCompletes() throws Exception {
        ScriptedStep step = new ScriptedStep(0.5, 0, 0.3, 0.2);

        BeamSearch.exhaustive(3, 20, 0).search(ONE_IMAGE, START, END, step);

        assertThat(step.batchSizes).hasSize(19);
    }

    @Test
    void searchStopsOnceNoPartialCaptionCanBeatTheCompleteOnes() throws Exception {
        ScriptedStep step = new ScriptedStep(0.5, 0, 0.3, 0.2);

        List<Hypothesis> pruned = new BeamSearch(3, 20, 0).search(ONE_IMAGE, START, END, step).get(0);
        int prunedSteps = step.batchSizes.size();
        List<Hypothesis> full = BeamSearch.exhaustive(3, 20, 0).search(ONE_IMAGE, START, END, step).get(0);

        assertThat(prunedSteps).isLessThan(19);
        assertThat(pruned).extracting(h -> Arrays.toString(h.sentence())).containsExactlyElementsOf(
                full.stream().map(h -> Arrays.toString(h.sentence())).toList());
    }

    @Test
    void withLengthNormalizationEveryStepRunsBecauseALongerCaptionCanOvertake() throws Exception {
        ScriptedStep step = new ScriptedStep(0.5, 0, 0.3, 0.2);

        new BeamSearch(3, 20, 1.0).search(ONE_IMAGE, START, END, step);

        assertThat(step.batchSizes).hasSize(19);
    }

    @Test
    void withoutAnyEndWithinMaxLengthThePartialCaptionsComeBack() throws Exception {
        ScriptedStep step = new ScriptedStep(0.6, 0, 0, 0.4);

        List<Hypothesis> captions = new BeamSearch(3, 5, 0).search(ONE_IMAGE, START, END, step).get(0);

        assertThat(step.batchSizes).hasSize(4);
        assertThat(captions).hasSize(3).noneMatch(Hypothesis::complete);
        assertThat(captions.get(0).sentence()).containsExactly(1, 0, 0, 0, 0);
    }

    @Test
    void everyLiveBeamOfEveryImageGoesIntoOneCallPerStep() throws Exception {
        ScriptedStep step = new ScriptedStep(0.5, 0, 0.3, 0.2);
        float[][] threeImages = {ScriptedStep.start(0), ScriptedStep.start(1), ScriptedStep.start(2)};

        List<List<Hypothesis>> results = new BeamSearch(3, 4, 0).search(threeImages, START, END, step);

        assertThat(step.batchSizes).containsExactly(3, 6, 9);
        assertThat(results).hasSize(3);
        assertThat(results.get(2).get(0).state()[0]).isEqualTo(-3f);
    }

    @Test
    void lengthNormalizationCanPreferTheLongerCaption() throws Exception {
        ScriptedStep step = new ScriptedStep(0, 0, 1, 0)
                .after("1", 0.5, 0, 0.5, 0)
                .after("1 0", 0, 0, 0.9, 0);

        List<Hypothesis> plain = new BeamSearch(2, 5, 0).search(ONE_IMAGE, START, END, step).get(0);
        List<Hypothesis> normalized = new BeamSearch(2, 5, 2.0).search(ONE_IMAGE, START, END, step).get(0);

        assertThat(plain.get(0).sentence()).containsExactly(1, 2);
        assertThat(normalized.get(0).sentence()).containsExactly(1, 0, 2);
    }

    @Test
    void geometricMeanIsTheLengthIndependentScore() throws Exception {
        ScriptedStep step = new ScriptedStep(0, 0, 1, 0).after("1", 0.25, 0, 0, 0).after("1 0", 0, 0, 0.64, 0);

        Hypothesis best = new BeamSearch(1, 5, 0).search(ONE_IMAGE, START, END, step).get(0).get(0);

        assertThat(best.geometricMeanProbability()).isCloseTo(0.4, within(1e-6));
    }
}
