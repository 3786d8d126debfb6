package dev.autocaption.inference.detector;

import dev.autocaption.inference.Detection;
import dev.autocaption.inference.image.DecodedImage;
import dev.autocaption.inference.precision.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The {@code auto} trial for the detector: NanoDet in fp32 and in bf16 on the same {@value #IMAGES} generated scenes
 * (a gradient with a few solid shapes, so that cells do score), timed alternately so both see the same machine
 * load. Two images agree when their detections match one for one: same label, boxes overlapping by at least
 * {@value #MIN_IOU} IoU. The score delta is taken over every class score either precision puts above
 * {@value #SCORE_OF_NOTE}, the ones that can become detections. Not thread-safe; used once while loading.
 */
final class DetectorTrial {
    static final int IMAGES = 8;
    static final double MIN_IOU = 0.9;
    static final float SCORE_OF_NOTE = 0.05f;

    private final NanoDetModel fp32;
    private final NanoDetModel bf16;

    DetectorTrial(NanoDetModel fp32, NanoDetModel bf16) {
        this.fp32 = fp32;
        this.bf16 = bf16;
    }

    Measurement run() {
        int size = NanoDetPreprocessor.SIZE;
        Letterbox box = Letterbox.fit(size, size, size);
        long fp32Nanos = 0;
        long bf16Nanos = 0;
        int same = 0;
        List<Double> deltas = new ArrayList<>();
        for (int i = 0; i < IMAGES; i++) {
            float[] input = NanoDetPreprocessor.toInput(scene(size, i), box);
            long t0 = System.nanoTime();
            NanoDetModel.Outputs a = fp32.run(input);
            long t1 = System.nanoTime();
            NanoDetModel.Outputs b = bf16.run(input);
            bf16Nanos += System.nanoTime() - t1;
            fp32Nanos += t1 - t0;
            same += matches(DetectorCaptioner.postprocess(a, box), DetectorCaptioner.postprocess(b, box)) ? 1 : 0;
            collectDeltas(a.scores(), b.scores(), deltas);
        }
        deltas.sort(null);
        double delta99 = deltas.isEmpty() ? 0
                : deltas.get(Math.min(deltas.size() - 1, (int) Math.ceil(0.99 * deltas.size()) - 1));
        return new Measurement(IMAGES, IMAGES / (fp32Nanos / 1e9), IMAGES / (bf16Nanos / 1e9),
                same / (double) IMAGES, delta99, bf16.rewrite().bf16Convolutions());
    }

    /** Same detections, one for one, whatever their order (close scores may swap places). */
    static boolean matches(List<Detection> fp32, List<Detection> bf16) {
        if (fp32.size() != bf16.size()) {
            return false;
        }
        List<Detection> unmatched = new ArrayList<>(bf16);
        for (Detection a : fp32) {
            Detection twin = unmatched.stream().filter(b -> a.label().equals(b.label()) && a.iou(b) >= MIN_IOU)
                    .findFirst().orElse(null);
            if (twin == null) {
                return false;
            }
            unmatched.remove(twin);
        }
        return true;
    }

    private static void collectDeltas(float[][] fp32, float[][] bf16, List<Double> deltas) {
        for (int level = 0; level < fp32.length; level++) {
            for (int k = 0; k < fp32[level].length; k++) {
                if (fp32[level][k] > SCORE_OF_NOTE || bf16[level][k] > SCORE_OF_NOTE) {
                    deltas.add((double) Math.abs(fp32[level][k] - bf16[level][k]));
                }
            }
        }
    }

    /** A smooth background with three solid rectangles and ellipses; {@code seed} picks the scene. */
    static DecodedImage scene(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] rgb = new byte[size * size * 3];
        int[] from = {random.nextInt(256), random.nextInt(256), random.nextInt(256)};
        int[] to = {random.nextInt(256), random.nextInt(256), random.nextInt(256)};
        int[][] shapes = new int[3][];
        for (int s = 0; s < shapes.length; s++) {
            int w = size / 10 + random.nextInt(size / 2);
            int h = size / 10 + random.nextInt(size / 2);
            shapes[s] = new int[] {random.nextInt(size - w), random.nextInt(size - h), w, h, random.nextInt(2),
                    random.nextInt(256), random.nextInt(256), random.nextInt(256)};
        }
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int[] colour = background(from, to, y / (double) size);
                for (int[] shape : shapes) {
                    if (inside(shape, x, y)) {
                        colour = new int[] {shape[5], shape[6], shape[7]};
                    }
                }
                for (int c = 0; c < 3; c++) {
                    rgb[(y * size + x) * 3 + c] = (byte) colour[c];
                }
            }
        }
        return new DecodedImage(size, size, rgb);
    }

    private static int[] background(int[] from, int[] to, double t) {
        return new int[] {(int) (from[0] + (to[0] - from[0]) * t), (int) (from[1] + (to[1] - from[1]) * t),
                (int) (from[2] + (to[2] - from[2]) * t)};
    }

    /** {@code shape}: x, y, width, height, 0 = rectangle / 1 = ellipse, then its colour. */
    private static boolean inside(int[] shape, int x, int y) {
        if (x < shape[0] || y < shape[1] || x >= shape[0] + shape[2] || y >= shape[1] + shape[3]) {
            return false;
        }
        if (shape[4] == 0) {
            return true;
        }
        double u = (x - shape[0]) / (double) shape[2] * 2 - 1;
        double v = (y - shape[1]) / (double) shape[3] * 2 - 1;
        return u * u + v * v <= 1;
    }
}
