package dev.autocaption.inference.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Prints decode times for the record; asserts the result, never the time (shared CI machines vary too much). */
class ImageDecoderTimingTest {
    private static final int RUNS = 50;

    private final ImageDecoder decoder = new ImageDecoder(100_000_000);

    @Test
    void decodes1024x768JpegAndReportsTheMedianTime() throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.photoLike(1024, 768));
        for (int i = 0; i < 10; i++) {
            decoder.decode("warm-up.jpg", jpeg);
        }
        long[] nanos = new long[RUNS];
        DecodedImage image = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            image = decoder.decode("timed.jpg", jpeg);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("ImageDecoder: 1024x768 JPEG (%d bytes), median of %d decodes %.2f ms (min %.2f, max %.2f)%n",
                jpeg.length, RUNS, nanos[RUNS / 2] / 1e6, nanos[0] / 1e6, nanos[RUNS - 1] / 1e6);
        assertThat(image.width()).isEqualTo(1024);
        assertThat(image.height()).isEqualTo(768);
    }
}
