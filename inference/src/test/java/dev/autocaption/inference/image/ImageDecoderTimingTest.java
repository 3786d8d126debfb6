package dev.autocaption.inference.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[RUNS];
        long[] cpu = new long[RUNS];
        DecodedImage image = null;
        for (int i = 0; i < RUNS; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            image = decoder.decode("timed.jpg", jpeg);
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("ImageDecoder: 1024x768 JPEG (%d bytes), %d decodes: median %.2f ms wall (min %.2f),"
                + " median %.2f ms thread CPU%n", jpeg.length, RUNS, wall[RUNS / 2] / 1e6, wall[0] / 1e6,
                cpu[RUNS / 2] / 1e6);
        assertThat(image.width()).isEqualTo(1024);
        assertThat(image.height()).isEqualTo(768);
    }
}
