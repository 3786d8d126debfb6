package dev.autocaption.inference.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LetterboxTest {
    @Test
    void landscapeImageIsCentredVertically() {
        Letterbox box = Letterbox.fit(800, 400, 416);

        assertThat(box.scale()).isEqualTo(0.52);
        assertThat(box.targetWidth()).isEqualTo(416);
        assertThat(box.targetHeight()).isEqualTo(208);
        assertThat(box.padX()).isZero();
        assertThat(box.padY()).isEqualTo(104);
    }

    @Test
    void portraitImageUsesFloorForSizeAndBorder() {
        Letterbox box = Letterbox.fit(300, 451, 416);

        assertThat(box.targetWidth()).isEqualTo(276); // floor(300 · 416/451) = floor(276.7)
        assertThat(box.targetHeight()).isEqualTo(416);
        assertThat(box.padX()).isEqualTo(70);
        assertThat(box.padY()).isZero();
    }

    @Test
    void inverseMappingUndoesScaleAndBorder() {
        Letterbox box = Letterbox.fit(800, 400, 416);

        Detection image = box.toImage(Detection.ofCorners("cat", 0.9, 104, 130, 208, 156));

        assertThat(image.x()).isCloseTo(200, within(1e-9));
        assertThat(image.y()).isCloseTo(50, within(1e-9));
        assertThat(image.width()).isCloseTo(200, within(1e-9));
        assertThat(image.height()).isCloseTo(50, within(1e-9));
        assertThat(image.label()).isEqualTo("cat");
        assertThat(image.score()).isEqualTo(0.9);
    }

    @Test
    void inverseMappingClampsBoxesReachingIntoTheBorder() {
        Letterbox box = Letterbox.fit(800, 400, 416);

        Detection image = box.toImage(Detection.ofCorners("dog", 0.5, 0, 0, 416, 416));

        assertThat(image).isEqualTo(new Detection("dog", 0.5, 0, 0, 800, 400));
    }

    @Test
    void boxEntirelyInTheBorderBecomesEmpty() {
        Letterbox box = Letterbox.fit(800, 400, 416);

        assertThat(box.toImage(Detection.ofCorners("kite", 0.4, 10, 0, 50, 100)).area()).isZero();
    }
}
