package dev.autocaption.workshop.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.image.DecodedImage;
import dev.autocaption.inference.image.ImageDecoder;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutOfDomainImagesTest {
    private final OutOfDomainImages images = new OutOfDomainImages(64, 48);

    @Test
    void kindsTakeTurnsAndEveryImageDecodesAtTheRequestedSize() throws Exception {
        List<ImageInput> generated = images.generate(6, 1L);

        assertThat(generated).extracting(ImageInput::id)
                .containsExactly("noise-0", "text-1", "gradient-2", "noise-3", "text-4", "gradient-5");
        for (ImageInput image : generated) {
            DecodedImage decoded = new ImageDecoder(1_000_000).decode(image.id(), image.bytes());
            assertThat(decoded.width()).isEqualTo(64);
            assertThat(decoded.height()).isEqualTo(48);
        }
    }

    @Test
    void theSameSeedDrawsTheSameImagesAndAnotherSeedOthers() {
        List<ImageInput> first = images.generate(3, 7L);
        List<ImageInput> again = images.generate(3, 7L);
        List<ImageInput> other = images.generate(3, 8L);

        for (int i = 0; i < 3; i++) {
            assertThat(again.get(i).bytes()).isEqualTo(first.get(i).bytes());
            assertThat(other.get(i).bytes()).isNotEqualTo(first.get(i).bytes());
        }
    }
}
