package dev.autocaption.inference.showandtell;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.image.ResizeBilinear;
import org.tensorflow.op.nn.TopK;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.TUint8;

/**
 * The im2txt inference graph (spec sections 1–4) and its entry points:
 * <ul>
 *   <li>{@link #pixels} uint8 {@code [1, H, W, 3]} → {@link #preprocessed} float {@code [1, S, S, 3]} in [-1, 1]</li>
 *   <li>{@link #images} float {@code [N, S, S, 3]} → {@link #features} {@code [N, F]} (encoder alone) and
 *       {@link #initialStates} {@code [N, 2U]} (image embedding, one LSTM step from a zero state, {@code [c|h]})</li>
 *   <li>{@link #inputWords} int64 {@code [N]} + {@link #states} {@code [N, 2U]} → {@link #softmax},
 *       {@link #newStates}, and the {@code k} best words per row ({@link #topProbabilities},
 *       {@link #topWords})</li>
 * </ul>
 * The static builders ({@link #preprocess}, {@link #encode}) are what a trainer reuses.
 */
public final class ShowAndTellGraph {
    public final Placeholder<TUint8> pixels;
    public final Operand<TFloat32> preprocessed;
    public final Placeholder<TFloat32> images;
    public final Operand<TFloat32> features;
    public final Operand<TFloat32> initialStates;
    public final Placeholder<TInt64> inputWords;
    public final Placeholder<TFloat32> states;
    public final Operand<TFloat32> softmax;
    public final Operand<TFloat32> newStates;
    public final Operand<TFloat32> topProbabilities;
    public final Operand<TInt32> topWords;

    /** Builds the whole inference graph into {@code tf}'s graph. */
    public ShowAndTellGraph(Ops tf, Architecture architecture, VariableFactory variables, int topK) {
        EncoderSpec spec = architecture.encoder();
        int size = spec.inputSize();
        pixels = tf.withName("pixels_feed").placeholder(TUint8.class, Placeholder.shape(Shape.of(1, -1, -1, 3)));
        preprocessed = tf.withName("preprocessed").identity(preprocess(tf, pixels, spec));
        images = tf.withName("image_feed").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, size, size, 3)));
        features = tf.withName("image_features").identity(encoderFeatures(tf, variables, spec, images));
        LstmCell cell = new LstmCell(tf, variables, architecture.embeddingSize(), architecture.lstmUnits());
        initialStates = tf.withName("initial_state").identity(imageStep(tf, architecture, variables, cell,
                features));
        inputWords = tf.withName("input_feed").placeholder(TInt64.class, Placeholder.shape(Shape.of(-1)));
        states = tf.withName("state_feed").placeholder(TFloat32.class,
                Placeholder.shape(Shape.of(-1, architecture.stateSize())));
        LstmCell.State next = wordStep(tf, architecture, variables, cell, inputWords, states);
        newStates = tf.withName("new_state").concat(List.of(next.c(), next.h()), tf.constant(1));
        softmax = tf.withName("softmax").nn.softmax(logits(tf, architecture, variables, next.h()));
        TopK<TFloat32, TInt32> top = tf.nn.topK(softmax, tf.constant(topK), new TopK.Options[0]);
        topProbabilities = top.values();
        topWords = top.indices();
    }

    /**
     * The image step: embed the features ({@code image_embedding/weights}, no bias), run one LSTM step from a zero
     * state, and return the state {@code [c | h]}; the step's output is discarded, as in im2txt.
     */
    public static Operand<TFloat32> imageStep(Ops tf, Architecture architecture, VariableFactory variables,
            LstmCell cell, Operand<TFloat32> features) {
        Operand<TFloat32> embedding = tf.linalg.matMul(features, variables.variable("image_embedding/weights",
                Shape.of(architecture.featureSize(), architecture.embeddingSize())));
        Operand<TFloat32> zeros = zeroState(tf, embedding, architecture.lstmUnits());
        LstmCell.State first = cell.step(embedding, new LstmCell.State(zeros, zeros));
        return tf.concat(List.of(first.c(), first.h()), tf.constant(1));
    }

    /** One word step: look up {@code words} in {@code seq_embedding/map} and step from {@code [c | h]}. */
    public static LstmCell.State wordStep(Ops tf, Architecture architecture, VariableFactory variables,
            LstmCell cell, Operand<TInt64> words, Operand<TFloat32> state) {
        Operand<TFloat32> wordEmbedding = variables.variable("seq_embedding/map",
                Shape.of(architecture.vocabSize(), architecture.embeddingSize()));
        var halves = tf.split(tf.constant(1), state, 2L).output();
        return cell.step(tf.gather(wordEmbedding, words, tf.constant(0)),
                new LstmCell.State(halves.get(0), halves.get(1)));
    }

    /** {@code h · logits/weights + logits/biases}. */
    public static Operand<TFloat32> logits(Ops tf, Architecture architecture, VariableFactory variables,
            Operand<TFloat32> h) {
        return tf.nn.biasAdd(tf.linalg.matMul(h, variables.variable("logits/weights",
                Shape.of(architecture.lstmUnits(), architecture.vocabSize()))),
                variables.variable("logits/biases", Shape.of(architecture.vocabSize())));
    }

    /**
     * Spec section 1 from decoded pixels: to [0, 1] → bilinear resize to {@code resizeSize} (no corner alignment, no
     * half-pixel centres, aspect not kept) → centre crop to {@code inputSize} → [-1, 1].
     */
    public static Operand<TFloat32> preprocess(Ops tf, Operand<TUint8> pixels, EncoderSpec spec) {
        Operand<TFloat32> unit = tf.math.mul(tf.dtypes.cast(pixels, TFloat32.class), tf.constant(1f / 255f));
        int r = spec.resizeSize();
        Operand<TFloat32> resized = tf.image.resizeBilinear(unit, tf.constant(new int[] {r, r}),
                ResizeBilinear.alignCorners(false), ResizeBilinear.halfPixelCenters(false));
        int o = spec.cropOffset();
        int s = spec.inputSize();
        Operand<TFloat32> cropped = tf.slice(resized, tf.constant(new int[] {0, o, o, 0}),
                tf.constant(new int[] {-1, s, s, 3}));
        return tf.math.mul(tf.math.sub(cropped, tf.constant(0.5f)), tf.constant(2f));
    }

    /** Inception v3 base plus im2txt's pooling head: {@code [N, S, S, 3]} → {@code [N, featureSize]}. */
    public static Operand<TFloat32> encoderFeatures(Ops tf, VariableFactory variables, EncoderSpec spec,
            Operand<TFloat32> images) {
        return encoderFeatures(new GraphLayers(tf, variables), spec, images);
    }

    /** The same with the caller's layers (a trainer passes layers in training mode). */
    public static Operand<TFloat32> encoderFeatures(GraphLayers layers, EncoderSpec spec, Operand<TFloat32> images) {
        return layers.globalAveragePool(new InceptionV3<>(layers, spec).build(images));
    }

    private static Operand<TFloat32> zeroState(Ops tf, Operand<TFloat32> like, int units) {
        Operand<TInt32> batch = tf.slice(tf.shape(like), tf.constant(new int[] {0}), tf.constant(new int[] {1}));
        return tf.fill(tf.concat(List.of(batch, tf.constant(new int[] {units})), tf.constant(0)), tf.constant(0f));
    }
}
