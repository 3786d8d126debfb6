package dev.autocaption.inference.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GflDecoderTest {
    private static final int SIZE = 416;

    @Test
    void decodesOneHandComputedCell() {
        float[][] scores = emptyScores();
        float[][] boxes = emptyBoxes();
        int cell = 2 * 52 + 3; // stride 8: row 2, col 3 → centre (28, 20)
        scores[0][cell * 80 + 15] = 0.9f; // cat
        scores[0][cell * 80 + 16] = 0.2f; // dog, below the floor
        int base = cell * 44;
        Arrays.fill(boxes[0], base, base + 44, -100f);
        boxes[0][base + 1] = 10f; // left: bins 1 and 3 equally likely → 2 bins → 16 px
        boxes[0][base + 3] = 10f;
        boxes[0][base + 11] = (float) Math.log(3); // top: p0 = 3/4, p1 = 1/4 → 0.25 bins → 2 px
        boxes[0][base + 12] = 0f;
        Arrays.fill(boxes[0], base + 22, base + 33, 0f); // right: uniform → 5 bins → 40 px
        boxes[0][base + 43] = 100f; // bottom: bin 10 → 80 px

        List<Detection> found = GflDecoder.decode(scores, boxes, SIZE, 0.3);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.label()).isEqualTo("cat");
            assertThat(d.score()).isCloseTo(0.9, within(1e-6));
            assertThat(d.x()).isCloseTo(28 - 16, within(1e-6));
            assertThat(d.y()).isCloseTo(20 - 2, within(1e-6));
            assertThat(d.x() + d.width()).isCloseTo(28 + 40, within(1e-6));
            assertThat(d.y() + d.height()).isCloseTo(20 + 80, within(1e-6));
        });
    }

    @Test
    void boxesAreClippedToTheInputSquare() {
        float[][] scores = emptyScores();
        float[][] boxes = emptyBoxes();
        scores[2][0] = 0.7f; // stride 32, cell (0, 0): centre (16, 16); uniform bins → 160 px each side

        Detection d = GflDecoder.decode(scores, boxes, SIZE, 0.3).get(0);

        assertThat(List.of(d.label(), d.x(), d.y(), d.width(), d.height()))
                .containsExactly("person", 0.0, 0.0, 176.0, 176.0);
    }

    @Test
    void everyClassAboveTheFloorOfACellBecomesACandidate() {
        float[][] scores = emptyScores();
        int cell = 168; // stride 32, last cell
        scores[2][cell * 80] = 0.5f;
        scores[2][cell * 80 + 79] = 0.31f;

        assertThat(GflDecoder.decode(scores, emptyBoxes(), SIZE, 0.3)).extracting(Detection::label)
                .containsExactly("person", "toothbrush");
    }

    @Test
    void distanceIsTheSoftmaxExpectationTimesTheStride() {
        float[] uniform = new float[11];

        assertThat(GflDecoder.distance(uniform, 0, 16)).isCloseTo(80, within(1e-9));
    }

    private static float[][] emptyScores() {
        return new float[][] {new float[2704 * 80], new float[676 * 80], new float[169 * 80]};
    }

    private static float[][] emptyBoxes() {
        return new float[][] {new float[2704 * 44], new float[676 * 44], new float[169 * 44]};
    }
}
