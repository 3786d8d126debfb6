package dev.autocaption.inference.image;

import dev.autocaption.testing.WebPLossless;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ImageDecoderRobustnessTest {
    private final ImageDecoder decoder = new ImageDecoder(100_000_000);

    static Map<String, byte[]> samples() {
        Map<String, byte[]> samples = new LinkedHashMap<>();
        samples.put("baseline.jpg", TestImages.jpeg(TestImages.photoLike(96, 64)));
        samples.put("progressive.jpg", TestImages.jpeg(TestImages.photoLike(96, 64), true));
        samples.put("cmyk.jpg", TestImages.adobeJpeg(64, 64, false, TestImagesInk::cyanWhiteBlack));
        samples.put("photo.png", TestImages.encode(TestImages.photoLike(96, 64), "png"));
        samples.put("animated.gif", TestImages.gif(TestImages.quadrants(48, 32, Color.RED, Color.GREEN, Color.BLUE,
                Color.WHITE), TestImages.solid(48, 32, Color.BLACK)));
        samples.put("photo.bmp", TestImages.encode(TestImages.photoLike(96, 64), "bmp"));
        int[] argb = new int[32 * 16];
        Arrays.fill(argb, 0xFF00FF00);
        samples.put("green.webp", WebPLossless.encode(32, 16, argb));
        return samples;
    }

    @Test
    void truncatedOrScrambledInputsOnlyEverFailWithImageDecodingException() {
        Random random = new Random(2024);
        int decoded = 0;
        int refused = 0;
        for (Map.Entry<String, byte[]> sample : samples().entrySet()) {
            for (byte[] damaged : damagedVersions(sample.getValue(), random)) {
                String name = "damaged-" + sample.getKey();
                try {
                    DecodedImage image = decoder.decode(name, damaged);
                    assertThat(image.rgb()).hasSize(3 * image.width() * image.height());
                    decoded++;
                } catch (ImageDecodingException e) {
                    assertThat(e).hasMessageStartingWith(name + ": ");
                    refused++;
                }
            }
        }
        assertThat(refused).as("damaged inputs refused (%d decoded anyway)", decoded).isGreaterThan(50);
    }

    private static List<byte[]> damagedVersions(byte[] original, Random random) {
        List<byte[]> damaged = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            damaged.add(Arrays.copyOf(original, original.length * i / 13));
        }
        for (int i = 0; i < 12; i++) {
            byte[] scrambled = original.clone();
            for (int j = 0; j < 24; j++) {
                scrambled[12 + random.nextInt(scrambled.length - 12)] = (byte) random.nextInt(256);
            }
            damaged.add(scrambled);
        }
        return damaged;
    }

    @Test
    void decodingFromSeveralThreadsGivesTheSamePixelsAsOneThread() throws Exception {
        Map<String, byte[]> samples = samples();
        Map<String, byte[]> expected = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> sample : samples.entrySet()) {
            expected.put(sample.getKey(), decoder.decode(sample.getKey(), sample.getValue()).rgb());
        }
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            for (Map.Entry<String, byte[]> sample : samples.entrySet()) {
                tasks.add(() -> Arrays.equals(expected.get(sample.getKey()),
                        decoder.decode(sample.getKey(), sample.getValue()).rgb()));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badImagesInAConcurrentBatchDoNotDisturbTheGoodOnes() throws Exception {
        byte[] good = TestImages.jpeg(TestImages.solid(64, 48, Color.RED));
        byte[] bad = Arrays.copyOf(good, good.length / 2);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] input = i % 2 == 0 ? good : bad;
            String name = "photo-" + i;
            tasks.add(() -> {
                try {
                    return decoder.decode(name, input).toString();
                } catch (ImageDecodingException e) {
                    return e.getMessage().substring(0, e.getMessage().indexOf(" ("));
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = pool.invokeAll(tasks);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? "DecodedImage[64x48]"
                        : "photo-" + i + ": truncated or corrupt JPEG");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
