package dev.autocaption.inference.detector;

import dev.autocaption.inference.image.DecodedImage;

/**
 * Pixels → NanoDet input, as NanoDet was trained (not as the npm library feeds it): letterbox into 416×416 with
 * bilinear interpolation (OpenCV's half-pixel convention), black border, planar CHW floats in B, G, R order,
 * normalised per channel with NanoDet's mean and standard deviation; the border is normalised like the image.
 */
final class NanoDetPreprocessor {
    static final int SIZE = 416;
    /** NanoDet config {@code normalize}, in BGR order. */
    static final float[] MEAN_BGR = {103.53f, 116.28f, 123.675f};
    static final float[] STD_BGR = {57.375f, 57.12f, 58.395f};

    private NanoDetPreprocessor() {
    }

    /** @return {@code 3·size·size} floats: the B plane, then G, then R */
    static float[] toInput(DecodedImage image, Letterbox box) {
        int size = box.size();
        int plane = size * size;
        float[] chw = new float[3 * plane];
        for (int c = 0; c < 3; c++) {
            java.util.Arrays.fill(chw, c * plane, (c + 1) * plane, -MEAN_BGR[c] / STD_BGR[c]);
        }
        Axis xs = Axis.of(image.width(), box.targetWidth());
        Axis ys = Axis.of(image.height(), box.targetHeight());
        byte[] rgb = image.rgb();
        int stride = image.width() * 3;
        for (int ty = 0; ty < ys.length(); ty++) {
            int row0 = ys.low[ty] * stride;
            int row1 = ys.high[ty] * stride;
            float fy = ys.weight[ty];
            int out = (box.padY() + ty) * size + box.padX();
            for (int tx = 0; tx < xs.length(); tx++, out++) {
                int a = xs.low[tx] * 3;
                int b = xs.high[tx] * 3;
                float fx = xs.weight[tx];
                for (int c = 0; c < 3; c++) {
                    int src = 2 - c; // B, G, R planes from R, G, B bytes
                    float top = lerp(rgb[row0 + a + src], rgb[row0 + b + src], fx);
                    float bottom = lerp(rgb[row1 + a + src], rgb[row1 + b + src], fx);
                    chw[c * plane + out] = (top + (bottom - top) * fy - MEAN_BGR[c]) / STD_BGR[c];
                }
            }
        }
        return chw;
    }

    private static float lerp(byte p, byte q, float f) {
        float a = p & 0xff;
        return a + ((q & 0xff) - a) * f;
    }

    /** Source sample positions along one axis: {@code s = (t + 0.5)·(src/dst) − 0.5}, clamped to the image. */
    private record Axis(int[] low, int[] high, float[] weight) {
        static Axis of(int source, int target) {
            int[] low = new int[target];
            int[] high = new int[target];
            float[] weight = new float[target];
            double ratio = source / (double) target;
            for (int t = 0; t < target; t++) {
                double s = Math.max(0, Math.min(source - 1, (t + 0.5) * ratio - 0.5));
                low[t] = (int) Math.floor(s);
                high[t] = Math.min(low[t] + 1, source - 1);
                weight[t] = (float) (s - low[t]);
            }
            return new Axis(low, high, weight);
        }

        int length() {
            return low.length;
        }
    }
}
