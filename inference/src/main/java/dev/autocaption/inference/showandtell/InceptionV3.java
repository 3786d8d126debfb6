package dev.autocaption.inference.showandtell;

import static dev.autocaption.inference.showandtell.EncoderLayers.Padding.SAME;
import static dev.autocaption.inference.showandtell.EncoderLayers.Padding.VALID;

import java.util.List;

/**
 * TF-Slim's {@code inception_v3_base} up to {@code Mixed_7c}, layer for layer as in the im2txt spec (section 2.4),
 * with its naming quirks ({@code Conv_1_0c_5x5}, the 3×3 {@code Conv2d_1a_1x1} convs of Mixed_6a, {@code
 * Conv2d_0b_3x1} vs {@code Conv2d_0c_3x1}). Written once against {@link EncoderLayers} so that the graph and the
 * expected checkpoint listing cannot drift apart.
 *
 * @param <X> the interpreter's feature-map type
 */
final class InceptionV3<X> {
    private final EncoderLayers<X> layers;
    private final EncoderSpec spec;

    public InceptionV3(EncoderLayers<X> layers, EncoderSpec spec) {
        this.layers = layers;
        this.spec = spec;
    }

    /** Runs the whole base on {@code image} and returns {@code Mixed_7c}. */
    public X build(X image) {
        X net = stem(image);
        net = mixed5("Mixed_5b", net, "Conv2d_0a_1x1", "Conv2d_0b_5x5", 32);
        net = mixed5("Mixed_5c", net, "Conv2d_0b_1x1", "Conv_1_0c_5x5", 64);
        net = mixed5("Mixed_5d", net, "Conv2d_0a_1x1", "Conv2d_0b_5x5", 64);
        net = mixed6a(net);
        net = mixed6("Mixed_6b", net, 128);
        net = mixed6("Mixed_6c", net, 160);
        net = mixed6("Mixed_6d", net, 160);
        net = mixed6("Mixed_6e", net, 192);
        net = mixed7a(net);
        net = mixed7("Mixed_7b", net, "Conv2d_0b_3x1");
        return mixed7("Mixed_7c", net, "Conv2d_0c_3x1");
    }

    private X stem(X image) {
        X net = conv(image, "Conv2d_1a_3x3", 3, 3, 32, 2, VALID);
        net = conv(net, "Conv2d_2a_3x3", 3, 3, 32, 1, VALID);
        net = conv(net, "Conv2d_2b_3x3", 3, 3, 64, 1, SAME);
        net = layers.maxPool(net, "MaxPool_3a_3x3", 2, VALID);
        net = conv(net, "Conv2d_3b_1x1", 1, 1, 80, 1, VALID);
        net = conv(net, "Conv2d_4a_3x3", 3, 3, 192, 1, VALID);
        return layers.maxPool(net, "MaxPool_5a_3x3", 2, VALID);
    }

    private X mixed5(String block, X in, String b1First, String b1Second, int poolDepth) {
        X b0 = conv(in, block + "/Branch_0/Conv2d_0a_1x1", 1, 1, 64, 1, SAME);
        X b1 = conv(in, block + "/Branch_1/" + b1First, 1, 1, 48, 1, SAME);
        b1 = conv(b1, block + "/Branch_1/" + b1Second, 5, 5, 64, 1, SAME);
        X b2 = conv(in, block + "/Branch_2/Conv2d_0a_1x1", 1, 1, 64, 1, SAME);
        b2 = conv(b2, block + "/Branch_2/Conv2d_0b_3x3", 3, 3, 96, 1, SAME);
        b2 = conv(b2, block + "/Branch_2/Conv2d_0c_3x3", 3, 3, 96, 1, SAME);
        X b3 = pooledBranch(block, in, poolDepth);
        return layers.concat(block, List.of(b0, b1, b2, b3));
    }

    private X mixed6a(X in) {
        String block = "Mixed_6a";
        X b0 = conv(in, block + "/Branch_0/Conv2d_1a_1x1", 3, 3, 384, 2, VALID);
        X b1 = conv(in, block + "/Branch_1/Conv2d_0a_1x1", 1, 1, 64, 1, SAME);
        b1 = conv(b1, block + "/Branch_1/Conv2d_0b_3x3", 3, 3, 96, 1, SAME);
        b1 = conv(b1, block + "/Branch_1/Conv2d_1a_1x1", 3, 3, 96, 2, VALID);
        X b2 = layers.maxPool(in, block + "/Branch_2/MaxPool_1a_3x3", 2, VALID);
        return layers.concat(block, List.of(b0, b1, b2));
    }

    private X mixed6(String block, X in, int c7) {
        X b0 = conv(in, block + "/Branch_0/Conv2d_0a_1x1", 1, 1, 192, 1, SAME);
        X b1 = conv(in, block + "/Branch_1/Conv2d_0a_1x1", 1, 1, c7, 1, SAME);
        b1 = conv(b1, block + "/Branch_1/Conv2d_0b_1x7", 1, 7, c7, 1, SAME);
        b1 = conv(b1, block + "/Branch_1/Conv2d_0c_7x1", 7, 1, 192, 1, SAME);
        X b2 = conv(in, block + "/Branch_2/Conv2d_0a_1x1", 1, 1, c7, 1, SAME);
        b2 = conv(b2, block + "/Branch_2/Conv2d_0b_7x1", 7, 1, c7, 1, SAME);
        b2 = conv(b2, block + "/Branch_2/Conv2d_0c_1x7", 1, 7, c7, 1, SAME);
        b2 = conv(b2, block + "/Branch_2/Conv2d_0d_7x1", 7, 1, c7, 1, SAME);
        b2 = conv(b2, block + "/Branch_2/Conv2d_0e_1x7", 1, 7, 192, 1, SAME);
        X b3 = pooledBranch(block, in, 192);
        return layers.concat(block, List.of(b0, b1, b2, b3));
    }

    private X mixed7a(X in) {
        String block = "Mixed_7a";
        X b0 = conv(in, block + "/Branch_0/Conv2d_0a_1x1", 1, 1, 192, 1, SAME);
        b0 = conv(b0, block + "/Branch_0/Conv2d_1a_3x3", 3, 3, 320, 2, VALID);
        X b1 = conv(in, block + "/Branch_1/Conv2d_0a_1x1", 1, 1, 192, 1, SAME);
        b1 = conv(b1, block + "/Branch_1/Conv2d_0b_1x7", 1, 7, 192, 1, SAME);
        b1 = conv(b1, block + "/Branch_1/Conv2d_0c_7x1", 7, 1, 192, 1, SAME);
        b1 = conv(b1, block + "/Branch_1/Conv2d_1a_3x3", 3, 3, 192, 2, VALID);
        X b2 = layers.maxPool(in, block + "/Branch_2/MaxPool_1a_3x3", 2, VALID);
        return layers.concat(block, List.of(b0, b1, b2));
    }

    private X mixed7(String block, X in, String b1ThreeByOne) {
        X b0 = conv(in, block + "/Branch_0/Conv2d_0a_1x1", 1, 1, 320, 1, SAME);
        X b1 = conv(in, block + "/Branch_1/Conv2d_0a_1x1", 1, 1, 384, 1, SAME);
        b1 = layers.concat(block + "/Branch_1", List.of(
                conv(b1, block + "/Branch_1/Conv2d_0b_1x3", 1, 3, 384, 1, SAME),
                conv(b1, block + "/Branch_1/" + b1ThreeByOne, 3, 1, 384, 1, SAME)));
        X b2 = conv(in, block + "/Branch_2/Conv2d_0a_1x1", 1, 1, 448, 1, SAME);
        b2 = conv(b2, block + "/Branch_2/Conv2d_0b_3x3", 3, 3, 384, 1, SAME);
        b2 = layers.concat(block + "/Branch_2", List.of(
                conv(b2, block + "/Branch_2/Conv2d_0c_1x3", 1, 3, 384, 1, SAME),
                conv(b2, block + "/Branch_2/Conv2d_0d_3x1", 3, 1, 384, 1, SAME)));
        X b3 = pooledBranch(block, in, 192);
        return layers.concat(block, List.of(b0, b1, b2, b3));
    }

    private X pooledBranch(String block, X in, int depth) {
        X pooled = layers.avgPool(in, block + "/Branch_3/AvgPool_0a_3x3");
        return conv(pooled, block + "/Branch_3/Conv2d_0b_1x1", 1, 1, depth, 1, SAME);
    }

    private X conv(X in, String scope, int kh, int kw, int nominalDepth, int stride, EncoderLayers.Padding padding) {
        return layers.conv(in, scope, kh, kw, spec.depth(nominalDepth), stride, padding);
    }
}
