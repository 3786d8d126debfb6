package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.checkpoint.TensorInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks {@link InceptionV3} without TensorFlow, tracking feature-map sizes and collecting the variables each conv
 * unit creates ({@code weights} and the three batch-norm tensors), in the order the graph creates them.
 */
final class ShapeLayers implements EncoderLayers<ShapeLayers.Feature> {
    static final String SCOPE = "InceptionV3/";

    private final List<TensorInfo> variables = new ArrayList<>();

    /** A feature map's size. */
    record Feature(int height, int width, int channels) {
    }

    Feature encode(EncoderSpec spec) {
        return new InceptionV3<>(this, spec).build(new Feature(spec.inputSize(), spec.inputSize(), 3));
    }

    List<TensorInfo> variables() {
        return List.copyOf(variables);
    }

    @Override
    public Feature conv(Feature in, String scope, int kh, int kw, int depth, int stride, Padding padding) {
        String s = SCOPE + scope;
        variables.add(TensorInfo.ofFloat(s + "/weights", kh, kw, in.channels(), depth));
        variables.add(TensorInfo.ofFloat(s + "/BatchNorm/beta", depth));
        variables.add(TensorInfo.ofFloat(s + "/BatchNorm/moving_mean", depth));
        variables.add(TensorInfo.ofFloat(s + "/BatchNorm/moving_variance", depth));
        return new Feature(size(in.height(), kh, stride, padding), size(in.width(), kw, stride, padding), depth);
    }

    @Override
    public Feature maxPool(Feature in, String scope, int stride, Padding padding) {
        return new Feature(size(in.height(), 3, stride, padding), size(in.width(), 3, stride, padding),
                in.channels());
    }

    @Override
    public Feature avgPool(Feature in, String scope) {
        return in;
    }

    @Override
    public Feature concat(String scope, List<Feature> parts) {
        Feature first = parts.get(0);
        for (Feature part : parts) {
            if (part.height() != first.height() || part.width() != first.width()) {
                throw new IllegalStateException(scope + ": branch sizes differ: " + parts);
            }
        }
        return new Feature(first.height(), first.width(), parts.stream().mapToInt(Feature::channels).sum());
    }

    private static int size(int in, int kernel, int stride, Padding padding) {
        int out = padding == Padding.SAME ? (in + stride - 1) / stride : (in - kernel) / stride + 1;
        if (out < 1) {
            throw new IllegalArgumentException("encoder input too small: a " + kernel + "x" + kernel + " "
                    + padding + " layer got " + in + " pixels");
        }
        return out;
    }
}
