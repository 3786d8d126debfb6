package dev.autocaption.inference.showandtell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.inference.Caption;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.domain.DistanceQuantiles;
import dev.autocaption.inference.domain.DomainFile;
import dev.autocaption.inference.domain.DomainStatistics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainGuardTest {
    private static final ImageInput IMAGE = new ImageInput("a.png", TestImages.noise("png", 60, 50, 11));
    private static final ImageInput OTHER = new ImageInput("b.jpg", TestImages.noise("jpg", 90, 70, 12));

    @TempDir
    static Path shared;
    static Path plainDir;
    static TensorFlowCaptioner plain;
    static List<CaptionResult> unguarded;
    static float[] features;

    @BeforeAll
    static void captionWithoutStatistics() throws Exception {
        plainDir = TinyModelDirectory.write(Files.createDirectories(shared.resolve("plain")), TinyModelDirectory.WORDS);
        plain = ShowAndTellLoader.load(TensorFlowCaptionerTest.config(plainDir, null, 2));
        // one image per call: the tiny model's random weights make its features depend on the batch size
        unguarded = List.of(plain.caption(List.of(IMAGE)).get(0), plain.caption(List.of(OTHER)).get(0));
        features = plain.features(List.of(IMAGE)).get(0);
    }

    @AfterAll
    static void close() {
        plain.close();
    }

    /** A copy of the tiny model whose statistics put {@code IMAGE}'s features at distance {@code offset·√d}. */
    private static Path guarded(Path dir, float offset) throws Exception {
        Path model = TinyModelDirectory.write(dir, TinyModelDirectory.WORDS);
        double[] z = DomainStatistics.transform(features, DomainStatistics.DEFAULT_LOG_OFFSET);
        float[] mean = new float[z.length];
        float[] identity = new float[z.length * z.length];
        for (int i = 0; i < z.length; i++) {
            mean[i] = (float) z[i] + offset;
            identity[i * z.length + i] = 1;
        }
        ModelDirectory.writeDomain(model, new DomainStatistics(plain.modelId(), 100, 0.01,
                DomainStatistics.DEFAULT_LOG_OFFSET, mean, identity, new DistanceQuantiles(1, 2, 3, 4)));
        return model;
    }

    @Test
    void aModelWithoutStatisticsMeasuresNoFamiliarity() {
        assertThat(plain.domain()).isNull();
        assertThat(unguarded).extracting(CaptionResult::familiarity).containsOnlyNulls();
        assertThat(features).hasSize(TinyModels.architecture().featureSize());
    }

    @Test
    void anInDomainImageScoresExactlyAsWithoutStatistics(@TempDir Path dir) throws Exception {
        try (TensorFlowCaptioner captioner = ShowAndTellLoader.load(TensorFlowCaptionerTest.config(
                guarded(dir, 0f), null, 2))) {
            CaptionResult result = captioner.caption(List.of(IMAGE)).get(0);

            assertThat(result.familiarity().value()).isEqualTo(1.0);
            assertThat(result.familiarity().distance()).isLessThan(1e-3);
            assertThat(result.captions()).isEqualTo(unguarded.get(0).captions());
        }
    }

    @Test
    void aFarImageKeepsItsCaptionsWithScoresTimesItsFamiliarity(@TempDir Path dir) throws Exception {
        try (TensorFlowCaptioner captioner = ShowAndTellLoader.load(TensorFlowCaptionerTest.config(
                guarded(dir, 2f), null, 2))) {
            CaptionResult result = captioner.caption(List.of(IMAGE)).get(0);

            double expectedDistance = 2 * Math.sqrt(features.length);
            double k = (expectedDistance - 3) / (3 - 2);
            assertThat(result.familiarity().distance()).isCloseTo(expectedDistance,
                    org.assertj.core.data.Offset.offset(1e-3));
            assertThat(result.familiarity().value()).isCloseTo(1 / (1 + k * k),
                    org.assertj.core.data.Offset.offset(1e-6));
            List<Caption> before = unguarded.get(0).captions();
            assertThat(result.captions()).extracting(Caption::text).isEqualTo(before.stream().map(Caption::text)
                    .toList());
            for (int i = 0; i < before.size(); i++) {
                assertThat(result.captions().get(i).score())
                        .isEqualTo(before.get(i).score() * result.familiarity().value());
            }
        }
    }

    @Test
    void batchesMeasureEachImageOnItsOwn(@TempDir Path dir) throws Exception {
        try (TensorFlowCaptioner captioner = ShowAndTellLoader.load(TensorFlowCaptionerTest.config(
                guarded(dir, 0f), null, 2))) {
            List<CaptionResult> batch = captioner.caption(List.of(OTHER, IMAGE, new ImageInput("bad", new byte[0]),
                    IMAGE));
            List<float[]> firstBatch = captioner.features(List.of(OTHER, IMAGE));
            float[] alone = captioner.features(List.of(IMAGE)).get(0);

            assertThat(batch.get(0).familiarity()).isEqualTo(captioner.domain().familiarity(firstBatch.get(0)));
            assertThat(batch.get(1).familiarity()).isEqualTo(captioner.domain().familiarity(firstBatch.get(1)));
            assertThat(batch.get(2).failed()).isTrue();
            assertThat(batch.get(2).familiarity()).isNull();
            assertThat(batch.get(3).familiarity()).isEqualTo(captioner.domain().familiarity(alone));
            assertThat(batch.get(3).familiarity().value()).isEqualTo(1.0);
            assertThat(batch.get(3).captions()).isEqualTo(unguarded.get(0).captions());
        }
    }

    @Test
    void guardedCaptioningLeavesNoNativeTensorsBehind(@TempDir Path dir) throws Exception {
        List<ImageInput> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(new ImageInput("img" + i, TestImages.noise("png", 20 + i, 30, i)));
        }
        try (TensorFlowCaptioner captioner = ShowAndTellLoader.load(TensorFlowCaptionerTest.config(
                guarded(dir, 0f), null, 4))) {
            captioner.caption(twenty);
            captioner.features(twenty);
            long before = Pointer.totalCount();
            long bytesBefore = Pointer.totalBytes();
            for (int round = 0; round < 10; round++) {
                assertThat(captioner.caption(twenty)).noneMatch(r -> r.failed() || r.familiarity() == null);
                assertThat(captioner.features(twenty)).hasSize(20);
            }
            assertThat(Pointer.totalCount() - before).isLessThanOrEqualTo(2);
            assertThat(Pointer.totalBytes() - bytesBefore).isLessThanOrEqualTo(1 << 20);
        }
    }

    @Test
    void statisticsOfAnotherModelAreRefused(@TempDir Path dir) throws Exception {
        Path model = guarded(dir, 0f);
        DomainStatistics stats = DomainFile.read(model.resolve(DomainFile.FILE_NAME));
        DomainFile.write(model.resolve(DomainFile.FILE_NAME), new DomainStatistics("tiny-000000", stats.images(),
                stats.shrinkage(), stats.logOffset(), stats.mean(), stats.precision(), stats.quantiles()));

        assertThatThrownBy(() -> ShowAndTellLoader.load(TensorFlowCaptionerTest.config(model, null, 2)))
                .isInstanceOf(CaptioningException.class)
                .hasMessage(model.resolve("domain.json") + " was calibrated for model tiny-000000 but the "
                        + "checkpoint is " + plain.modelId() + "; run autocaption models calibrate again");
    }

    @Test
    void statisticsOfAnotherFeatureSizeAreRefused(@TempDir Path dir) throws Exception {
        Path model = guarded(dir, 0f);
        float[] small = new float[4];
        Arrays.fill(small, 1f);
        DomainFile.write(model.resolve(DomainFile.FILE_NAME), new DomainStatistics(plain.modelId(), 10, 0.01,
                0.001, small, new float[16], new DistanceQuantiles(1, 2, 3, 4)));

        assertThatThrownBy(() -> ShowAndTellLoader.load(TensorFlowCaptionerTest.config(model, null, 2)))
                .isInstanceOf(CaptioningException.class)
                .hasMessageContaining("has statistics of 4 features but the tiny encoder has " + features.length);
    }

    @Test
    void aMissingStatisticsFileIsRefusedWithWhatToDo(@TempDir Path dir) throws Exception {
        Path model = guarded(dir, 0f);
        Files.delete(model.resolve(DomainFile.FILE_NAME));

        assertThatThrownBy(() -> ShowAndTellLoader.load(TensorFlowCaptionerTest.config(model, null, 2)))
                .isInstanceOf(CaptioningException.class)
                .hasMessageContaining("names domain statistics " + model.resolve("domain.json"))
                .hasMessageContaining("run autocaption models calibrate");
    }
}
