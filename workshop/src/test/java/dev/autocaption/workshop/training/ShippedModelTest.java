package dev.autocaption.workshop.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.showandtell.ShowAndTellLoader;
import dev.autocaption.inference.showandtell.TensorFlowCaptioner;
import dev.autocaption.workshop.evaluation.CandidateCaption;
import dev.autocaption.workshop.evaluation.EvaluationReport;
import dev.autocaption.workshop.scenes.Scene;
import dev.autocaption.workshop.scenes.SceneGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedModelTest {
    /** Tests run in the module directory; the model lives at the repository root. */
    static final Path DEMO = Path.of("..", "models", "demo").toAbsolutePath().normalize();
    /** Never used for training (the demo model was trained on seed 101, evaluated on seed 9001). */
    static final long FRESH_SEED = 20_261_126L;

    /** What the shipped model must reach on 20 fresh scenes (it scores 0.83 on 1,000 held-out scenes). */
    static final double BLEU4_TARGET = 0.70;

    @Test
    void theShippedModelCaptionsFreshScenesWithBleu4OfAtLeast070() throws Exception {
        assertThat(DEMO.resolve("model.json")).as("the shipped demo model (models/demo is part of the repository)")
                .isRegularFile();
        SceneGenerator generator = new SceneGenerator();
        List<Scene> scenes = new ArrayList<>();
        List<ImageInput> images = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Scene scene = generator.scene(FRESH_SEED, i);
            scenes.add(scene);
            images.add(new ImageInput("scene-" + i, scene.jpeg()));
        }

        List<CandidateCaption> candidates = new ArrayList<>();
        try (TensorFlowCaptioner captioner = ShowAndTellLoader.load(TrainerTest.config(DEMO))) {
            List<CaptionResult> results = captioner.caption(images);
            for (int i = 0; i < scenes.size(); i++) {
                candidates.add(new CandidateCaption("scene-" + i, String.join(" ", results.get(i).best().tokens()),
                        scenes.get(i).captions()));
            }
        }

        assertThat(EvaluationReport.evaluate(candidates).bleu().bleu(4)).isGreaterThanOrEqualTo(BLEU4_TARGET);
    }
}
