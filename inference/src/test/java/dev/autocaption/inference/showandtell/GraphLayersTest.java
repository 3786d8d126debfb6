package dev.autocaption.inference.showandtell;

import static dev.autocaption.inference.showandtell.ShowAndTellModelTest.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

class GraphLayersTest {
    private final Random random = new Random(5);
    private final Map<String, float[]> constants = new HashMap<>();

    @Test
    void sameStrideTwoConvUnitMatchesPureJavaConvBatchNormRelu() {
        checkConvUnit(9, 7, 3, 3, 3, 4, 2, EncoderLayers.Padding.SAME);
    }

    @Test
    void validAsymmetricConvUnitMatchesPureJavaConvBatchNormRelu() {
        checkConvUnit(8, 9, 2, 1, 7, 3, 1, EncoderLayers.Padding.VALID);
    }

    private void checkConvUnit(int h, int w, int cin, int kh, int kw, int cout, int stride,
            EncoderLayers.Padding padding) {
        float[] input = uniform(h * w * cin, -1, 1);
        try (Graph g = new Graph(); Session s = new Session(g)) {
            Ops tf = Ops.create(g);
            VariableFactory fromConstants = (name, shape) -> tf.constant(shape, DataBuffers.of(
                    constants.computeIfAbsent(name, n -> initial(n, shape)), true, false));
            Operand<TFloat32> x = tf.constant(Shape.of(1, h, w, cin), DataBuffers.of(input, true, false));
            Operand<TFloat32> y = new GraphLayers(tf, fromConstants).conv(x, "Unit", kh, kw, cout, stride, padding);
            try (Result r = s.runner().fetch(y).run()) {
                TFloat32 out = (TFloat32) r.get(0);
                float[] actual = new float[(int) out.shape().size()];
                out.copyTo(DataBuffers.of(actual, false, false));
                int[] size = new int[2];
                float[] expected = ReferenceMath.convBnRelu(input, h, w, cin, constants.get("InceptionV3/Unit/weights"),
                        kh, kw, cout, stride, padding == EncoderLayers.Padding.SAME,
                        constants.get("InceptionV3/Unit/BatchNorm/beta"),
                        constants.get("InceptionV3/Unit/BatchNorm/moving_mean"),
                        constants.get("InceptionV3/Unit/BatchNorm/moving_variance"), size);
                assertThat(out.shape().asArray()).containsExactly(1, size[0], size[1], cout);
                assertClose(actual, expected);
            }
        }
    }

    private float[] initial(String name, Shape shape) {
        return name.endsWith("moving_variance") ? uniform((int) shape.size(), 0.2f, 2f)
                : uniform((int) shape.size(), -1, 1);
    }

    private float[] uniform(int n, float low, float high) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = low + random.nextFloat() * (high - low);
        }
        return v;
    }
}
