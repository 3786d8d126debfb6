package dev.autocaption.workshop.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.inference.Caption;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.workshop.coco.CocoCaptions;
import dev.autocaption.workshop.coco.CocoDataset;
import dev.autocaption.workshop.scenes.SceneGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
    @Test
    void aCaptionerThatAnswersTheCanonicalCaptionScoresBleu4OfOneAndItsScoresAreReported(@TempDir Path dir)
            throws Exception {
        CocoCaptions written = new SceneGenerator(64, 48).generate(5, 3L, dir);
        Map<String, String> canonical = new HashMap<>();
        written.images().forEach(i -> canonical.put(i.fileName(), written.captionsByImage().get(i.id()).get(0)));
        FixedCaptioner captioner = new FixedCaptioner(canonical, 0.75);

        EvaluationRun run = new Evaluator(2).evaluate(captioner, CocoDataset.open(dir), n -> { });

        assertThat(run.report().images()).isEqualTo(5);
        assertThat(run.report().bleu().bleu(4)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(run.scores().scores().mean()).isEqualTo(0.75);
        assertThat(run.scores().familiarity()).isNull();
        assertThat(run.failed()).isZero();
        assertThat(captioner.calls).containsExactly(2, 2, 1);
    }

    @Test
    void imagesTheCaptionerFailsOnCountAsFailedWithAnEmptyCaption(@TempDir Path dir) throws Exception {
        new SceneGenerator(64, 48).generate(3, 4L, dir);

        EvaluationRun run = new Evaluator(8).evaluate(new FixedCaptioner(Map.of(), 0.5), CocoDataset.open(dir),
                n -> { });

        assertThat(run.failed()).isEqualTo(3);
        assertThat(run.captions()).extracting(c -> c.candidate()).containsOnly("");
        assertThat(run.report().bleu().bleu(4)).isZero();
    }

    @Test
    void scoresOfUnlabelledImagesCountAFailureAsZero() throws Exception {
        List<ImageInput> images = new OutOfDomainImages(32, 32).generate(3, 1L);
        FixedCaptioner captioner = new FixedCaptioner(Map.of("noise-0", "a dog", "text-1", "a cat"), 0.25);

        assertThat(new Evaluator(2).scores("generated", captioner, images).scores().values())
                .containsExactly(0.0, 0.25, 0.25);
    }

    /** Answers a fixed caption per image id with a fixed score, and fails images it has no caption for. */
    private static final class FixedCaptioner implements ImageCaptioner {
        private final Map<String, String> captions;
        private final double score;
        final List<Integer> calls = new ArrayList<>();

        FixedCaptioner(Map<String, String> captions, double score) {
            this.captions = captions;
            this.score = score;
        }

        @Override
        public String engine() {
            return "fixed";
        }

        @Override
        public String modelId() {
            return "fixed-1";
        }

        @Override
        public List<CaptionResult> caption(List<ImageInput> images) {
            calls.add(images.size());
            return images.stream().map(this::answer).toList();
        }

        private CaptionResult answer(ImageInput image) {
            String text = captions.get(image.id());
            if (text == null) {
                return CaptionResult.failed(image.id(), image.id() + ": no caption");
            }
            List<String> tokens = Arrays.asList(text.split(" "));
            return CaptionResult.of(image.id(), List.of(new Caption(text, tokens, Math.log(score), score, score)));
        }

        @Override
        public void close() {
        }
    }
}
