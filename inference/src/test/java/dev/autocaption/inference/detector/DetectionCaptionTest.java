package dev.autocaption.inference.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.autocaption.inference.Caption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionCaptionTest {
    private final DetectionCaption captions = new DetectionCaption(0.5);

    @Test
    void nothingAtOrAboveTheThresholdGivesNoCaption() {
        assertThat(captions.describe(List.of())).isEmpty();
        assertThat(captions.describe(List.of(box("cat", 0.49, 0, 100)))).isEmpty();
    }

    @Test
    void oneObjectGetsAnArticle() {
        assertThat(text(box("cat", 0.58, 0, 100))).isEqualTo("May be an image of a cat.");
        assertThat(text(box("umbrella", 0.5, 0, 100))).isEqualTo("May be an image of an umbrella.");
    }

    @Test
    void peopleAreCountedAndFiveOrMoreAreAGroup() {
        assertThat(text(box("person", 0.8, 0, 10))).isEqualTo("May be an image of 1 person.");
        assertThat(text(people(2))).isEqualTo("May be an image of 2 people.");
        assertThat(text(people(4))).isEqualTo("May be an image of 4 people.");
        assertThat(text(people(5))).isEqualTo("May be an image of a group of people.");
    }

    @Test
    void labelsAreOrderedBySummedAreaAndJoinedNaturally() {
        List<Detection> scene = new ArrayList<>(people(2)); // 2 × 10² = 200
        scene.add(box("dog", 0.7, 500, 12)); // 144
        scene.add(box("frisbee", 0.6, 700, 5)); // 25

        assertThat(text(scene.toArray(Detection[]::new)))
                .isEqualTo("May be an image of 2 people, a dog and a frisbee.");
        assertThat(text(box("frisbee", 0.6, 700, 5), box("dog", 0.7, 500, 12)))
                .isEqualTo("May be an image of a dog and a frisbee.");
    }

    @Test
    void pluralsFollowEnglish() {
        assertThat(DetectionCaption.phrase("dog", 3)).isEqualTo("3 dogs");
        assertThat(DetectionCaption.phrase("bus", 2)).isEqualTo("2 buses");
        assertThat(DetectionCaption.phrase("wine glass", 2)).isEqualTo("2 wine glasses");
        assertThat(DetectionCaption.phrase("couch", 2)).isEqualTo("2 couches");
        assertThat(DetectionCaption.phrase("knife", 2)).isEqualTo("2 knives");
        assertThat(DetectionCaption.phrase("sheep", 4)).isEqualTo("4 sheep");
        assertThat(DetectionCaption.phrase("tv", 1)).isEqualTo("a TV");
        assertThat(DetectionCaption.phrase("tv", 2)).isEqualTo("2 TVs");
        assertThat(DetectionCaption.phrase("skis", 1)).isEqualTo("a pair of skis");
        assertThat(DetectionCaption.phrase("scissors", 2)).isEqualTo("2 pairs of scissors");
        assertThat(DetectionCaption.phrase("broccoli", 3)).isEqualTo("broccoli");
        assertThat(DetectionCaption.phrase("elephant", 1)).isEqualTo("an elephant");
        assertThat(DetectionCaption.phrase("hair drier", 1)).isEqualTo("a hair drier");
    }

    @Test
    void aSecondLabelOnTheSameObjectIsNotMentioned() {
        assertThat(text(box("cat", 0.58, 0, 100), new Detection("dog", 0.55, 2, 0, 100, 100)))
                .isEqualTo("May be an image of a cat.");
    }

    @Test
    void scoreIsTheMeanOfTheMentionedDetections() {
        Caption caption = captions.describe(List.of(box("cat", 0.6, 0, 10), box("dog", 0.8, 100, 10),
                box("bird", 0.3, 200, 10))).orElseThrow();

        assertThat(caption.score()).isCloseTo(0.7, within(1e-12));
        assertThat(caption.probability()).isEqualTo(caption.score());
        assertThat(caption.logProbability()).isCloseTo(Math.log(0.7), within(1e-12));
        assertThat(caption.tokens()).containsExactly("May", "be", "an", "image", "of", "a", "cat", "and", "a", "dog");
    }

    @Test
    void thresholdOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new DetectionCaption(1.5))
                .hasMessage("threshold must be in [0, 1], was 1.5");
    }

    private String text(Detection... detections) {
        return text(List.of(detections));
    }

    private String text(List<Detection> detections) {
        return captions.describe(detections).orElseThrow().text();
    }

    private static List<Detection> people(int n) {
        List<Detection> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(box("person", 0.8, i * 20, 10));
        }
        return out;
    }

    private static Detection box(String label, double score, double x, double side) {
        return new Detection(label, score, x, 0, side, side);
    }
}
