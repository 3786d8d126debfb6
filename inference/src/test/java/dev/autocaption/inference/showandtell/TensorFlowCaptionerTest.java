package dev.autocaption.inference.showandtell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.config.Device;
import dev.autocaption.config.Engine;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.Caption;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.StageTimes;
import dev.autocaption.inference.image.ImageDecoder;
import dev.autocaption.inference.image.ImageDecodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.Pointer;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.types.TFloat32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TensorFlowCaptionerTest {
    @TempDir
    static Path shared;
    static Path modelDir;
    static TensorFlowCaptioner captioner;

    @BeforeAll
    static void loadTinyModel() throws Exception {
        modelDir = TinyModelDirectory.write(Files.createDirectories(shared.resolve("tiny")), TinyModelDirectory.WORDS);
        captioner = ShowAndTellLoader.load(config(modelDir, null, 4));
    }

    @AfterAll
    static void close() {
        captioner.close();
    }

    static ModelConfig config(Path path, Path vocab, int batchSize) {
        return new ModelConfig(Engine.SHOW_AND_TELL, path, vocab, Device.CPU, 3, 20, batchSize, 0, 0, 0, 4_000_000);
    }

    @Test
    void captionsEveryImageWithThreeRankedCleanCaptions() throws Exception {
        List<CaptionResult> results = captioner.caption(List.of(
                new ImageInput("a.jpg", TestImages.noise("jpg", 120, 90, 1)),
                new ImageInput("b.png", TestImages.noise("png", 50, 80, 2))));

        assertThat(results).extracting(CaptionResult::imageId).containsExactly("a.jpg", "b.png");
        for (CaptionResult result : results) {
            assertThat(result.error()).isNull();
            assertThat(result.captions()).hasSize(3);
            Caption best = result.best();
            assertThat(best.text()).matches("[A-Z'.].*\\.").doesNotContain("<S>", "</S>", "  ");
            assertThat(best.tokens()).doesNotContain("<S>", "</S>");
            assertThat(best.probability()).isEqualTo(Math.exp(best.logProbability()));
            assertThat(best.score()).isBetween(0.0, 1.0);
            assertThat(result.captions().get(0).logProbability())
                    .isGreaterThanOrEqualTo(result.captions().get(1).logProbability());
        }
    }

    @Test
    void stageTimesGrowForDecodingPreprocessingEncoderAndBeamSearchApart() throws Exception {
        StageTimes before = captioner.stageTimes();

        captioner.caption(List.of(new ImageInput("a.jpg", TestImages.noise("jpg", 64, 48, 5)),
                new ImageInput("b.jpg", TestImages.noise("jpg", 48, 64, 6))));

        StageTimes after = captioner.stageTimes();
        assertThat(after.nanos()).containsOnlyKeys("decode", "preprocess", "encoder", "beam");
        assertThat(after.images() - before.images()).isEqualTo(2);
        for (String stage : after.nanos().keySet()) {
            assertThat(after.nanosOf(stage)).as(stage).isGreaterThan(before.nanosOf(stage));
        }
    }

    @Test
    void modelIdIsTheNamePlusAShortHashOfTheIndex() {
        assertThat(captioner.modelId()).matches("tiny-[0-9a-f]{6}");
        assertThat(captioner.engine()).isEqualTo("show-and-tell");
    }

    @Test
    void badImagesGetTheirOwnErrorsAndTheRestOfTheBatchIsCaptioned() throws Exception {
        List<CaptionResult> results = captioner.caption(List.of(
                new ImageInput("truncated.jpg", TestImages.truncatedJpeg()),
                new ImageInput("good.png", TestImages.noise("png", 40, 40, 3)),
                new ImageInput("empty.jpg", new byte[0]),
                new ImageInput("page.jpg", TestImages.html()),
                new ImageInput("bomb.png", TestImages.hugePngHeader())));

        assertThat(results).extracting(CaptionResult::failed)
                .containsExactly(decoderRefuses(TestImages.truncatedJpeg()), false, true, true, true);
        assertThat(results.get(1).captions()).hasSize(3);
        assertThat(results.get(2).error()).contains("empty.jpg");
        assertThat(results.get(3).error()).contains("page.jpg");
        assertThat(results.get(4).error()).contains("bomb.png");
    }

    /**
     * Whether a truncated JPEG is refused or decoded grey-filled is the decoder's policy (the robust decoder refuses
     * it); the captioner's contract is that its verdict becomes this image's result and nothing else.
     */
    private static boolean decoderRefuses(byte[] bytes) {
        try {
            new ImageDecoder(4_000_000).decode("probe", bytes);
            return false;
        } catch (ImageDecodingException e) {
            return true;
        }
    }

    @Test
    void overlappedCaptionsAreTheSequentialCaptionsOfTheSameImages() throws Exception {
        List<ImageInput> images = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            images.add(new ImageInput("img" + i, i == 5 ? TestImages.html() : TestImages.noise("png", 30 + i, 40, i)));
        }

        List<CaptionResult> overlapped = captioner.caption(images);
        List<CaptionResult> sequential = captioner.captionSequentially(images);

        assertThat(overlapped).hasSize(11).isEqualTo(sequential);
        assertThat(overlapped).extracting(CaptionResult::imageId).containsExactlyElementsOf(
                images.stream().map(ImageInput::id).toList());
    }

    @Test
    void aBadImageInAnOverlappedCallFailsOnlyItself() throws Exception {
        List<ImageInput> images = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            images.add(new ImageInput("img" + i, i == 6 ? new byte[0] : TestImages.noise("jpg", 40, 30 + i, i)));
        }

        List<CaptionResult> results = captioner.caption(images);

        assertThat(results).extracting(CaptionResult::failed)
                .containsExactly(false, false, false, false, false, false, true, false, false);
        assertThat(results.get(6).error()).contains("img6");
        assertThat(results.get(8).captions()).hasSize(3);
    }

    @Test
    void captioningAThousandImagesLeavesNoNativeTensorsBehind() throws Exception {
        List<ImageInput> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(new ImageInput("img" + i, TestImages.noise("png", 20 + i, 30, i)));
        }
        captioner.caption(fifty);
        long before = Pointer.totalCount();
        long bytesBefore = Pointer.totalBytes();

        for (int round = 0; round < 20; round++) {
            assertThat(captioner.caption(fifty)).noneMatch(CaptionResult::failed);
        }

        assertThat(Pointer.totalCount() - before).isLessThanOrEqualTo(2);
        assertThat(Pointer.totalBytes() - bytesBefore).isLessThanOrEqualTo(1 << 20);
    }

    @Test
    void liveNativeTensorCountSeesAnUnclosedTensor() {
        long before = Pointer.totalCount();
        try (TFloat32 open = TFloat32.tensorOf(Shape.of(1000))) {
            assertThat(Pointer.totalCount()).isGreaterThan(before);
        }
        assertThat(Pointer.totalCount()).isEqualTo(before);
    }

    @Test
    void swappedStartAndEndWordsAreRefusedAtLoad(@TempDir Path dir) throws Exception {
        List<String> swapped = new ArrayList<>(TinyModelDirectory.WORDS);
        swapped.set(1, "</S> 50");
        swapped.set(2, "<S> 50");
        Path model = TinyModelDirectory.write(dir, swapped);

        assertThatThrownBy(() -> ShowAndTellLoader.load(config(model, null, 2)))
                .isInstanceOf(CaptioningException.class)
                .hasMessageContaining("does not fit the checkpoint: the logit bias of <S> (id 2)")
                .hasMessageContaining("probably swapped");
    }

    @Test
    void vocabularyLargerThanTheModelIsRefused(@TempDir Path dir) throws Exception {
        List<String> words = new ArrayList<>(TinyModelDirectory.WORDS);
        words.addAll(List.of("x 1", "y 1"));
        Path model = TinyModelDirectory.write(dir, words);

        assertThatThrownBy(() -> ShowAndTellLoader.load(config(model, null, 2)))
                .hasMessageEndingWith("has 18 ids (<UNK> included) but the model has only 16 word rows; use the "
                        + "word_counts.txt written with this checkpoint");
    }

    @Test
    void checkpointOfAnotherArchitectureListsEveryMismatch(@TempDir Path dir) throws Exception {
        Path model = TinyModelDirectory.write(dir, TinyModelDirectory.WORDS);
        Architecture wider = new Architecture(TinyModels.architecture().encoder(), 8, 6, 20);
        ModelDirectory.write(dir, new ModelJson(ModelJson.ENGINE, "tiny", wider, "model.ckpt-42", "word_counts.txt"));

        assertThatThrownBy(() -> ShowAndTellLoader.load(config(model, null, 2)))
                .hasMessageEndingWith("3 mis-shaped:\n"
                        + "  seq_embedding/map is FLOAT [16,8], expected FLOAT [20,8]\n"
                        + "  logits/weights is FLOAT [6,16], expected FLOAT [6,20]\n"
                        + "  logits/biases is FLOAT [16], expected FLOAT [20]");
    }
    @Test
    void aModelThatComputesNaNFailsEachImageWithTheReasonInsteadOfThrowing(@TempDir Path dir) throws Exception {
        Map<String, float[]> values = TinyModels.values(TinyModels.architecture(), 9);
        java.util.Arrays.fill(values.get("image_embedding/weights"), Float.NaN);
        try (TensorFlowCaptioner broken = ShowAndTellLoader.load(config(
                TinyModelDirectory.write(dir, TinyModelDirectory.WORDS, values), null, 2))) {
            List<CaptionResult> results = broken.caption(List.of(
                    new ImageInput("a.png", TestImages.noise("png", 40, 40, 1)),
                    new ImageInput("b.png", TestImages.noise("png", 40, 40, 2))));

            assertThat(results).allMatch(CaptionResult::failed);
            assertThat(results.get(0).error()).startsWith("a.png: the model computed NaN at index 0 in its LSTM "
                    + "initial state for this image (model tiny-").endsWith("encoder in fp32), so it has no caption; "
                    + "expected finite numbers");
        }
    }
}
