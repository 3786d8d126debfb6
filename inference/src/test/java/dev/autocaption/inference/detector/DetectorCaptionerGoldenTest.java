package dev.autocaption.inference.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.autocaption.config.Device;
import dev.autocaption.inference.Caption;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.detector.graph.TfjsGraphConverter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real NanoDet model on a real photograph (skimage's CC0 "chelsea", a cat). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DetectorCaptionerGoldenTest {
    private DetectorCaptioner detector;
    private ImageInput chelsea;

    /** Per test rather than per class, so that each skipped test is reported with the install hint. */
    @BeforeEach
    void loadOnce() throws Exception {
        if (detector == null) {
            chelsea = new ImageInput("chelsea.png", Files.readAllBytes(DetectorTestFiles.photo("chelsea.png")));
            detector = DetectorCaptioner.open(DetectorTestFiles.model(),
                    new DetectorSettings(DetectionCaption.DEFAULT_THRESHOLD, 1, Device.CPU, 2, 1, 50_000_000));
        }
    }

    @AfterAll
    void close() {
        if (detector != null) {
            detector.close();
        }
    }

    @Test
    void findsTheCatWithABoxCoveringMostOfThePhoto() throws Exception {
        DetectionResult result = detector.detect(List.of(chelsea)).get(0);

        Detection best = result.detections().get(0);
        assertThat(best.label()).isEqualTo("cat");
        assertThat(best.score()).isGreaterThanOrEqualTo(0.5);
        assertThat(best.area() / (451.0 * 300.0)).isGreaterThan(0.8);
        assertThat(best.x() + best.width()).isLessThanOrEqualTo(451);
        assertThat(best.y() + best.height()).isLessThanOrEqualTo(300);
    }

    @Test
    void captionsTheCatInFacebookStyle() throws Exception {
        CaptionResult result = detector.caption(List.of(chelsea)).get(0);

        Caption caption = result.best();
        assertThat(caption.text()).isEqualTo("May be an image of a cat.");
        assertThat(caption.score()).isBetween(0.5, 1.0);
        assertThat(detector.engine()).isEqualTo("detector");
        assertThat(detector.modelId()).isEqualTo("nanodet-g-416-4495eb0e");
    }

    @Test
    void aBlankImageGetsNoCaptionAndNoError() throws Exception {
        CaptionResult result = detector.caption(List.of(new ImageInput("black.png", png(640, 480)))).get(0);

        assertThat(result.captions()).isEmpty();
        assertThat(result.error()).isNull();
    }

    @Test
    void aBrokenImageFailsAloneInItsBatch() throws Exception {
        List<CaptionResult> results = detector.caption(List.of(new ImageInput("broken.jpg", new byte[] {1, 2, 3}),
                chelsea));

        assertThat(results.get(0).error()).startsWith("broken.jpg: ");
        assertThat(results.get(1).best().text()).isEqualTo("May be an image of a cat.");
    }

    @Test
    void theRealGraphNeedsExactlyTheInt64FixAndNoOtherRewrite() throws Exception {
        TfjsGraphConverter.Conversion conversion = new TfjsGraphConverter().convert(DetectorTestFiles.model()
                .graphJson());

        assertThat(conversion.rewrites()).isEqualTo(Map.of("int32 weight widened to int64 Const", 26));
        assertThat(conversion.graph().getNodeCount()).isEqualTo(489);
    }

    @Test
    void benchmarkReportsMillisecondsPerImageForEachBatchSize() throws Exception {
        DetectorBenchmark bench = new DetectorBenchmark(detector);

        List<DetectorBenchmark.Row> rows = bench.run(List.of(chelsea), List.of(1, 2), 1);
        DetectorBenchmark.Stages stages = bench.stages(List.of(chelsea));

        assertThat(rows).extracting(DetectorBenchmark.Row::batchSize, DetectorBenchmark.Row::images)
                .containsExactly(tuple(1, 1), tuple(2, 2));
        assertThat(rows).allSatisfy(r -> assertThat(r.msPerImage()).isPositive());
        assertThat(stages.inference()).isPositive();
        assertThat(stages.preprocess()).isPositive();
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
