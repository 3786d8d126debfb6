package dev.autocaption.inference.showandtell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.ImageInput;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RandomModelsTest {

    @Test
    void randomTinyModelDirectoryLoadsThroughTheLoaderAndCaptions(@TempDir Path dir) throws Exception {
        RandomModels.write(dir, "random-tiny", RandomModels.tiny(16), TinyModelDirectory.WORDS, 3);

        try (TensorFlowCaptioner captioner = ShowAndTellLoader.load(TensorFlowCaptionerTest.config(dir, null, 2))) {
            List<CaptionResult> results = captioner.caption(List.of(
                    new ImageInput("x.png", TestImages.noise("png", 33, 21, 4))));

            assertThat(captioner.modelId()).startsWith("random-tiny-");
            assertThat(results.get(0).captions()).hasSize(3);
            assertThat(results.get(0).best().tokens()).doesNotContain("<S>");
        }
    }
}
