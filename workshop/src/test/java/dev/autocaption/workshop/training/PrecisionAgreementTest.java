package dev.autocaption.workshop.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.autocaption.inference.Caption;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.workshop.coco.CocoCaptions;
import dev.autocaption.workshop.coco.CocoDataset;
import dev.autocaption.workshop.scenes.SceneGenerator;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecisionAgreementTest {
    @Test
    void identicalCaptionsAgreeFullyAndDifferentOnesAreCountedWithTheirScoreDeltas(@TempDir Path dir)
            throws Exception {
        CocoCaptions written = new SceneGenerator(64, 48).generate(10, 3L, dir);
        Map<String, String> canonical = new HashMap<>();
        written.images().forEach(i -> canonical.put(i.fileName(), written.captionsByImage().get(i.id()).get(0)));
        Map<String, String> strayed = new HashMap<>(canonical);
        strayed.put(SceneGenerator.fileName(4), "a picture of something");
        Map<String, Double> shifted = Map.of(SceneGenerator.fileName(7), 0.05);

        AgreementReport report = new PrecisionAgreement(4).compare(new ScriptedCaptioner(canonical, Map.of()),
                new ScriptedCaptioner(strayed, shifted), "bf16", CocoDataset.open(dir), n -> { });

        assertThat(report.images()).isEqualTo(10);
        assertThat(report.sameTopCaption()).isEqualTo(9);
        assertThat(report.fp32().bleu().bleu(4)).isCloseTo(1.0, within(1e-9));
        assertThat(report.bleu4Delta()).isNegative();
        assertThat(report.maxScoreDelta()).isCloseTo(0.05, within(1e-9));
        assertThat(report.scoreDelta99()).isCloseTo(0.05, within(1e-9));
        assertThat(report.withinDelta()).isEqualTo(9);
        assertThat(report.agrees()).isFalse();
        assertThat(report.format()).contains("top caption identical  90.0 % (9 of 10)", "verdict                "
                + "does NOT agree");
    }

    @Test
    void theSameCaptionerAgreesWithItself(@TempDir Path dir) throws Exception {
        CocoCaptions written = new SceneGenerator(64, 48).generate(3, 5L, dir);
        Map<String, String> canonical = new HashMap<>();
        written.images().forEach(i -> canonical.put(i.fileName(), written.captionsByImage().get(i.id()).get(0)));
        ScriptedCaptioner same = new ScriptedCaptioner(canonical, Map.of());

        AgreementReport report = new PrecisionAgreement(2).compare(same, same, "fp32", CocoDataset.open(dir), n -> { });

        assertThat(report.agrees()).isTrue();
        assertThat(report.bleu4Delta()).isZero();
        assertThat(report.maxScoreDelta()).isZero();
    }

    /** A fixed caption per image with score 0.5, plus a per-image score shift. */
    private record ScriptedCaptioner(Map<String, String> captions, Map<String, Double> shift)
            implements ImageCaptioner {
        @Override
        public String engine() {
            return "scripted";
        }

        @Override
        public String modelId() {
            return "scripted-1";
        }

        @Override
        public List<CaptionResult> caption(List<ImageInput> images) {
            return images.stream().map(image -> {
                String text = captions.get(image.id());
                double score = 0.5 + shift.getOrDefault(image.id(), 0.0);
                return CaptionResult.of(image.id(), List.of(new Caption(text, Arrays.asList(text.split(" ")),
                        Math.log(score), score, score)));
            }).toList();
        }

        @Override
        public void close() {
        }
    }
}
