package dev.autocaption.inference.detector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NonMaxSuppressionTest {
    private static final Detection CAT = new Detection("cat", 0.9, 0, 0, 100, 100);
    private static final Detection CAT_SHIFTED = new Detection("cat", 0.8, 10, 0, 100, 100); // IoU 90/110 = 0.82
    private static final Detection DOG_ON_CAT = new Detection("dog", 0.4, 0, 5, 100, 100);
    private static final Detection CAT_ELSEWHERE = new Detection("cat", 0.7, 300, 300, 50, 50);

    @Test
    void perClassDropsAnOverlappingBoxOfTheSameLabelOnly() {
        assertThat(NonMaxSuppression.perClass(List.of(DOG_ON_CAT, CAT_SHIFTED, CAT, CAT_ELSEWHERE), 0.6, 100))
                .containsExactly(CAT, CAT_ELSEWHERE, DOG_ON_CAT);
    }

    @Test
    void classAgnosticKeepsOneLabelPerObject() {
        assertThat(NonMaxSuppression.classAgnostic(List.of(DOG_ON_CAT, CAT, CAT_ELSEWHERE), 0.6, 100))
                .containsExactly(CAT, CAT_ELSEWHERE);
    }

    @Test
    void overlapAtTheLimitIsKept() {
        Detection half = new Detection("cat", 0.5, 0, 0, 100, 100);
        Detection otherHalf = new Detection("cat", 0.4, 0, 0, 100, 50); // IoU exactly 0.5

        assertThat(NonMaxSuppression.perClass(List.of(half, otherHalf), 0.5, 100)).hasSize(2);
    }

    @Test
    void keepsAtMostTheLimitBestFirst() {
        assertThat(NonMaxSuppression.perClass(List.of(DOG_ON_CAT, CAT_ELSEWHERE, CAT), 0.6, 2))
                .containsExactly(CAT, CAT_ELSEWHERE);
    }
}
