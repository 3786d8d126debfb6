package dev.autocaption.inference.showandtell;

import dev.autocaption.config.Device;
import dev.autocaption.config.Precision;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.beam.StepFunction;
import dev.autocaption.inference.beam.StepOutput;
import dev.autocaption.inference.checkpoint.LstmNaming;
import dev.autocaption.inference.image.DecodedImage;
import dev.autocaption.inference.precision.RewriteCheck;
import java.nio.file.Path;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.TUint8;

/**
 * A Show and Tell model loaded into its own TensorFlow graph and session: preprocessing, the encoder, and the word
 * step. Every call copies its results into Java arrays and closes its tensors before returning, so nothing native
 * escapes. Thread-safe (TensorFlow sessions are); {@link #close()} must come after the last call.
 *
 * <p>In fp32 one session runs everything. With a {@link Bf16Encoder} handed over ({@link #useBf16}, only while
 * loading), the encoder runs in that second session in bfloat16 and its features are fed to this session's fp32
 * image step; the word steps always run here, in fp32.
 */
public final class ShowAndTellModel implements StepFunction, AutoCloseable {
    private static final String ENCODER_SCOPE = "InceptionV3/";

    private final Architecture architecture;
    private final Graph graph;
    private final Session session;
    private final ShowAndTellGraph endpoints;
    private final SessionSettings.Resolved resolved;
    private final RestorableVariables variables;
    private final Restored restored;
    private volatile Bf16Encoder bf16;

    /** Where the weights came from: a checkpoint a second session can restore from too; null for random weights. */
    private record Restored(Path prefix, LstmNaming naming) {
    }

    private ShowAndTellModel(Architecture architecture, Graph graph, Session session, ShowAndTellGraph endpoints,
            SessionSettings.Resolved resolved, RestorableVariables variables, Restored restored) {
        this.architecture = architecture;
        this.graph = graph;
        this.session = session;
        this.endpoints = endpoints;
        this.resolved = resolved;
        this.variables = variables;
        this.restored = restored;
    }

    /**
     * Builds the graph and restores every variable by name from the checkpoint at {@code prefix} (V2 or V1), reading
     * the LSTM under {@code naming}'s keys. Validate the checkpoint first: this trusts names and shapes.
     */
    public static ShowAndTellModel restore(Architecture architecture, Path prefix, LstmNaming naming,
            SessionSettings settings, int topK) throws CaptioningException {
        return create(architecture, settings, topK, variables -> variables.restore(prefix, naming),
                "restoring checkpoint " + prefix, new Restored(prefix, naming));
    }

    /**
     * Builds the graph with random weights of the real shapes (for benchmarks): He-scaled conv weights, identity
     * batch norm, uniform ±0.08 elsewhere, and a strongly negative logit bias for {@code startId} so the model never
     * emits it.
     */
    public static ShowAndTellModel withRandomWeights(Architecture architecture, SessionSettings settings, int topK,
            long seed, int startId) throws CaptioningException {
        return create(architecture, settings, topK,
                variables -> variables.initialize(new RandomWeights(seed, startId)),
                "initialising random weights", null);
    }

    private static ShowAndTellModel create(Architecture architecture, SessionSettings settings, int topK,
            java.util.function.Function<RestorableVariables, Op> fill, String what, Restored restored)
            throws CaptioningException {
        SessionSettings.Resolved resolved = settings.resolve();
        Graph graph = new Graph();
        try {
            Ops tf = Ops.create(graph);
            RestorableVariables variables = new RestorableVariables(tf);
            ShowAndTellGraph endpoints = new ShowAndTellGraph(tf, architecture, variables, topK);
            Op init = fill.apply(variables);
            Session session = new Session(graph, resolved.config());
            try {
                session.runner().addTarget(init).run().close();
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
            return new ShowAndTellModel(architecture, graph, session, endpoints, resolved, variables, restored);
        } catch (RuntimeException e) {
            graph.close();
            throw new CaptioningException(what + " failed: " + e.getMessage(), e);
        }
    }

    public Architecture architecture() {
        return architecture;
    }

    /** The device the session runs on. */
    public Device device() {
        return resolved.device();
    }

    /** The encoder's precision: {@link Precision#BF16} once a {@link Bf16Encoder} serves it, else fp32. */
    public Precision precision() {
        return bf16 == null ? Precision.FP32 : Precision.BF16;
    }

    /** What TensorFlow ran for the bf16 encoder; null in fp32. */
    public RewriteCheck rewrite() {
        Bf16Encoder encoder = bf16;
        return encoder == null ? null : encoder.rewrite();
    }

    /**
     * Opens a bf16 encoder session beside this one, restoring the encoder's variables from the same checkpoint;
     * the caller owns it until it hands it to {@link #useBf16}.
     *
     * @throws IllegalStateException for a model with random weights (no checkpoint to restore from)
     */
    synchronized Bf16Encoder openBf16Encoder() {
        if (restored == null) {
            throw new IllegalStateException("a bf16 encoder needs a model restored from a checkpoint; this one has "
                    + "random weights");
        }
        Op restore = variables.restore(restored.prefix(), restored.naming(), n -> n.startsWith(ENCODER_SCOPE));
        return Bf16Encoder.open(graph, restore, resolved.config(), endpoints, architecture.encoder().inputSize());
    }

    /** From now on the encoder runs in {@code encoder}, which this model then owns. Only while loading. */
    void useBf16(Bf16Encoder encoder) {
        if (bf16 != null) {
            throw new IllegalStateException("the model already has a bf16 encoder");
        }
        bf16 = encoder;
    }

    /** Preprocesses one image to the {@code inputSize² × 3} floats the encoder takes (NHWC, [-1, 1]). */
    public float[] preprocess(DecodedImage image) {
        try (TUint8 pixels = TUint8.tensorOf(Shape.of(1, image.height(), image.width(), 3),
                DataBuffers.of(image.rgb(), true, false));
             Result r = session.runner().feed(endpoints.pixels, pixels).fetch(endpoints.preprocessed).run()) {
            return floats(r, 0);
        }
    }

    /** Image step for {@code n} preprocessed images packed in {@code batch}: one {@code [c|h]} state per image. */
    public float[][] initialStates(float[] batch, int n) {
        Bf16Encoder encoder = bf16;
        if (encoder != null) {
            return rows(statesOf(encoder.features(batch, n), n), n);
        }
        return rows(runEncoder(batch, n, endpoints.initialStates), n);
    }

    /** The fp32 image step on {@code n} images' encoder features, flat {@code [n, F]}: one state per image. */
    float[][] statesFromFeatures(float[] features, int n) {
        return rows(statesOf(features, n), n);
    }

    private float[] statesOf(float[] features, int n) {
        try (TFloat32 f = TFloat32.tensorOf(Shape.of(n, architecture.featureSize()),
                DataBuffers.of(features, true, false));
             Result r = session.runner().feed(endpoints.features, f).fetch(endpoints.initialStates).run()) {
            return floats(r, 0);
        }
    }

    /**
     * The image step for {@code n} images, and with {@code withFeatures} their pooled encoder features, from one
     * encoder run: {@code states[i]} as {@link #initialStates}, {@code features[i]} as {@link #features} (null
     * without {@code withFeatures}).
     */
    Encoded encode(float[] batch, int n, boolean withFeatures) {
        if (!withFeatures) {
            return new Encoded(initialStates(batch, n), null);
        }
        Bf16Encoder encoder = bf16;
        if (encoder != null) {
            float[] features = encoder.features(batch, n);
            return new Encoded(rows(statesOf(features, n), n), rows(features, n));
        }
        int size = architecture.encoder().inputSize();
        try (TFloat32 images = TFloat32.tensorOf(Shape.of(n, size, size, 3), DataBuffers.of(batch, true, false));
             Result r = session.runner().feed(endpoints.images, images).fetch(endpoints.initialStates)
                     .fetch(endpoints.features).run()) {
            return new Encoded(rows(floats(r, 0), n), rows(floats(r, 1), n));
        }
    }

    /** What {@link #encode} returns: one state and (when asked for) one feature vector per image. */
    record Encoded(float[][] states, float[][] features) {
    }

    /** The encoder alone (Inception + pooling), for benchmarks: one feature vector per image. */
    public float[][] features(float[] batch, int n) {
        Bf16Encoder encoder = bf16;
        return rows(encoder != null ? encoder.features(batch, n) : runEncoder(batch, n, endpoints.features), n);
    }

    /** The encoder alone in fp32, whatever {@link #precision()} is: what bf16 is compared with. */
    float[] fp32Features(float[] batch, int n) {
        return runEncoder(batch, n, endpoints.features);
    }

    private float[] runEncoder(float[] batch, int n, Operand<TFloat32> fetch) {
        int size = architecture.encoder().inputSize();
        try (TFloat32 images = TFloat32.tensorOf(Shape.of(n, size, size, 3), DataBuffers.of(batch, true, false));
             Result r = session.runner().feed(endpoints.images, images).fetch(fetch).run()) {
            return floats(r, 0);
        }
    }

    @Override
    public StepOutput step(long[] words, float[][] states) {
        int n = words.length;
        int width = architecture.stateSize();
        float[] flat = new float[n * width];
        for (int i = 0; i < n; i++) {
            System.arraycopy(states[i], 0, flat, i * width, width);
        }
        try (TInt64 w = TInt64.tensorOf(Shape.of(n), DataBuffers.of(words, true, false));
             TFloat32 s = TFloat32.tensorOf(Shape.of(n, width), DataBuffers.of(flat, true, false));
             Result r = session.runner().feed(endpoints.inputWords, w).feed(endpoints.states, s)
                     .fetch(endpoints.topWords).fetch(endpoints.topProbabilities).fetch(endpoints.newStates).run()) {
            TInt32 top = (TInt32) r.get(0);
            int k = (int) top.shape().get(1);
            int[] ids = new int[n * k];
            top.copyTo(DataBuffers.of(ids, false, false));
            return new StepOutput(intRows(ids, n), rows(floats(r, 1), n), rows(floats(r, 2), n));
        }
    }

    /** The values of a float variable, e.g. {@code logits/biases} for the vocabulary check. */
    public float[] variable(String name) {
        try (Result r = session.runner().fetch(name).run()) {
            return floats(r, 0);
        }
    }

    /** The softmax of one word step (all vocabulary columns), for tests and diagnostics. */
    public float[][] softmax(long[] words, float[][] states) {
        int width = architecture.stateSize();
        float[] flat = new float[words.length * width];
        for (int i = 0; i < words.length; i++) {
            System.arraycopy(states[i], 0, flat, i * width, width);
        }
        try (TInt64 w = TInt64.tensorOf(Shape.of(words.length), DataBuffers.of(words, true, false));
             TFloat32 s = TFloat32.tensorOf(Shape.of(words.length, width), DataBuffers.of(flat, true, false));
             Result r = session.runner().feed(endpoints.inputWords, w).feed(endpoints.states, s)
                     .fetch(endpoints.softmax).run()) {
            return rows(floats(r, 0), words.length);
        }
    }

    /**
     * Saves every variable as a V2 checkpoint at {@code prefix}, under the im2txt keys (LSTM as
     * {@code lstm/basic_lstm_cell/kernel|bias}).
     */
    public void save(Path prefix) {
        session.save(prefix.toString());
    }

    @Override
    public void close() {
        Bf16Encoder encoder = bf16;
        try {
            if (encoder != null) {
                encoder.close();
            }
        } finally {
            session.close();
            graph.close();
        }
    }

    static float[] floats(Result r, int index) {
        TFloat32 t = (TFloat32) r.get(index);
        float[] out = new float[(int) t.shape().size()];
        t.copyTo(DataBuffers.of(out, false, false));
        return out;
    }

    static float[][] rows(float[] flat, int n) {
        int width = n == 0 ? 0 : flat.length / n;
        float[][] out = new float[n][];
        for (int i = 0; i < n; i++) {
            out[i] = java.util.Arrays.copyOfRange(flat, i * width, (i + 1) * width);
        }
        return out;
    }

    private static int[][] intRows(int[] flat, int n) {
        int width = n == 0 ? 0 : flat.length / n;
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = java.util.Arrays.copyOfRange(flat, i * width, (i + 1) * width);
        }
        return out;
    }

}
