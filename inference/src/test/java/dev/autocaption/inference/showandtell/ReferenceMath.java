package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.image.DecodedImage;
import java.util.Map;

/** Straightforward pure-Java versions of the graph's pieces, to check the TensorFlow graph against. */
final class ReferenceMath {
    private ReferenceMath() {
    }

    record Step(float[] state, float[] softmax) {
    }

    static Step wordStep(Architecture a, Map<String, float[]> v, int word, float[] state) {
        int e = a.embeddingSize();
        int u = a.lstmUnits();
        float[] input = new float[e + u];
        System.arraycopy(v.get("seq_embedding/map"), word * e, input, 0, e);
        System.arraycopy(state, u, input, e, u);
        float[] z = affine(input, v.get("lstm/basic_lstm_cell/kernel"), v.get("lstm/basic_lstm_cell/bias"), 4 * u);
        float[] next = new float[2 * u];
        for (int k = 0; k < u; k++) {
            double c = state[k] * sigmoid(z[2 * u + k] + 1.0) + sigmoid(z[k]) * Math.tanh(z[u + k]);
            next[k] = (float) c;
            next[u + k] = (float) (Math.tanh(c) * sigmoid(z[3 * u + k]));
        }
        float[] h = java.util.Arrays.copyOfRange(next, u, 2 * u);
        float[] logits = affine(h, v.get("logits/weights"), v.get("logits/biases"), a.vocabSize());
        return new Step(next, softmax(logits));
    }

    static float[] preprocess(DecodedImage image, EncoderSpec spec) {
        int r = spec.resizeSize();
        int s = spec.inputSize();
        int o = spec.cropOffset();
        float[] out = new float[s * s * 3];
        float scaleY = (float) image.height() / r;
        float scaleX = (float) image.width() / r;
        for (int y = 0; y < s; y++) {
            for (int x = 0; x < s; x++) {
                for (int c = 0; c < 3; c++) {
                    float value = bilinear(image, (y + o) * scaleY, (x + o) * scaleX, c);
                    out[(y * s + x) * 3 + c] = (value - 0.5f) * 2f;
                }
            }
        }
        return out;
    }

    /** NHWC single image, HWIO kernel, stride and SAME/VALID as TF, then inference batch norm and ReLU. */
    static float[] convBnRelu(float[] in, int h, int w, int cin, float[] kernel, int kh, int kw, int cout,
            int stride, boolean same, float[] beta, float[] mean, float[] variance, int[] outSize) {
        int oh = same ? (h + stride - 1) / stride : (h - kh) / stride + 1;
        int ow = same ? (w + stride - 1) / stride : (w - kw) / stride + 1;
        int padTop = same ? Math.max((oh - 1) * stride + kh - h, 0) / 2 : 0;
        int padLeft = same ? Math.max((ow - 1) * stride + kw - w, 0) / 2 : 0;
        float[] out = new float[oh * ow * cout];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                for (int co = 0; co < cout; co++) {
                    double sum = 0;
                    for (int i = 0; i < kh; i++) {
                        for (int j = 0; j < kw; j++) {
                            int iy = y * stride + i - padTop;
                            int ix = x * stride + j - padLeft;
                            if (iy < 0 || ix < 0 || iy >= h || ix >= w) {
                                continue;
                            }
                            for (int ci = 0; ci < cin; ci++) {
                                sum += in[(iy * w + ix) * cin + ci] * kernel[((i * kw + j) * cin + ci) * cout + co];
                            }
                        }
                    }
                    double bn = (sum - mean[co]) / Math.sqrt(variance[co] + 0.001) + beta[co];
                    out[(y * ow + x) * cout + co] = (float) Math.max(0, bn);
                }
            }
        }
        outSize[0] = oh;
        outSize[1] = ow;
        return out;
    }

    static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static float bilinear(DecodedImage image, float inY, float inX, int c) {
        int y0 = (int) Math.floor(inY);
        int x0 = (int) Math.floor(inX);
        int y1 = Math.min(y0 + 1, image.height() - 1);
        int x1 = Math.min(x0 + 1, image.width() - 1);
        float dy = inY - y0;
        float dx = inX - x0;
        float top = pixel(image, y0, x0, c) + (pixel(image, y0, x1, c) - pixel(image, y0, x0, c)) * dx;
        float bottom = pixel(image, y1, x0, c) + (pixel(image, y1, x1, c) - pixel(image, y1, x0, c)) * dx;
        return top + (bottom - top) * dy;
    }

    private static float pixel(DecodedImage image, int y, int x, int c) {
        return (image.rgb()[(y * image.width() + x) * 3 + c] & 0xff) * (1f / 255f);
    }

    private static float[] affine(float[] x, float[] weights, float[] bias, int outputs) {
        float[] out = new float[outputs];
        for (int o = 0; o < outputs; o++) {
            double sum = bias[o];
            for (int i = 0; i < x.length; i++) {
                sum += x[i] * weights[i * outputs + o];
            }
            out[o] = (float) sum;
        }
        return out;
    }

    private static float[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double total = 0;
        double[] e = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            e[i] = Math.exp(logits[i] - max);
            total += e[i];
        }
        float[] out = new float[logits.length];
        for (int i = 0; i < logits.length; i++) {
            out[i] = (float) (e[i] / total);
        }
        return out;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
