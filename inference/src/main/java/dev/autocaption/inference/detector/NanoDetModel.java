package dev.autocaption.inference.detector;

import dev.autocaption.config.Device;
import dev.autocaption.config.Precision;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.detector.graph.ConvertedGraphCache;
import dev.autocaption.inference.detector.graph.GraphConversionException;
import dev.autocaption.inference.detector.graph.TfjsGraphConverter;
import dev.autocaption.inference.detector.model.InstalledModel;
import dev.autocaption.inference.precision.RewriteCheck;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.types.TFloat32;

/**
 * Owns NanoDet's Graph and Session: converted (or read from the cache), imported once, warmed up once. The graph's
 * input is fixed at 1×3×416×416, so every run takes one image. Thread-safe ({@link Session} is); {@link #close()}
 * waits for runs in flight.
 */
final class NanoDetModel implements AutoCloseable {
    static final String INPUT = "input_1";
    static final List<String> SCORES = List.of("Identity", "Identity_1", "Identity_2");
    static final List<String> BOXES = List.of("Identity_3", "Identity_4", "Identity_5");

    /** One run's outputs copied into Java arrays: per level, scores (cells×80) and box logits (cells×44). */
    record Outputs(float[][] scores, float[][] boxes) {
    }

    private final Graph graph;
    private final Session session;
    private final long warmUpMillis;
    private final RewriteCheck rewrite;

    private NanoDetModel(Graph graph, Session session, boolean bf16) {
        this.graph = graph;
        this.session = session;
        long start = System.nanoTime();
        run(new float[3 * NanoDetPreprocessor.SIZE * NanoDetPreprocessor.SIZE]);
        this.warmUpMillis = (System.nanoTime() - start) / 1_000_000;
        this.rewrite = bf16 ? probe() : null;
    }

    /**
     * @param precision {@link Precision#FP32} or {@link Precision#BF16} (TensorFlow's oneDNN auto mixed precision
     *                  on the whole network; whether it happened is in {@link #rewrite()})
     * @throws CaptioningException when conversion, import or the warm-up run fails, or the graph lacks a tensor
     */
    static NanoDetModel load(InstalledModel model, Device device, int intraOpThreads, int interOpThreads,
            Precision precision) throws CaptioningException {
        if (precision == Precision.AUTO) {
            throw new IllegalArgumentException("auto is decided before loading; load fp32 or bf16");
        }
        GraphDef def = convert(model);
        Graph graph = new Graph();
        Session session = null;
        try {
            graph.importGraphDef(def);
            requireOperations(graph, model);
            ConfigProto config = config(device, intraOpThreads, interOpThreads);
            boolean bf16 = precision == Precision.BF16;
            session = new Session(graph, bf16 ? RewriteCheck.withBf16(config) : config);
            return new NanoDetModel(graph, session, bf16);
        } catch (TensorFlowException | IllegalStateException | IllegalArgumentException e) {
            if (session != null) {
                session.close();
            }
            graph.close();
            throw new CaptioningException("cannot load " + model.modelId() + " from " + model.directory() + ": "
                    + e.getMessage(), e);
        }
    }

    private static GraphDef convert(InstalledModel model) throws CaptioningException {
        List<String> hashes = model.modelPackage().files().stream()
                .map(f -> model.sha256().get(f.fileName())).toList();
        try {
            return new ConvertedGraphCache(model.cacheDirectory(), new TfjsGraphConverter())
                    .load(model.graphJson(), "nanodet", hashes);
        } catch (GraphConversionException e) {
            throw new CaptioningException("cannot convert " + model.graphJson() + ": " + e.getMessage(), e);
        }
    }

    private static void requireOperations(Graph graph, InstalledModel model) {
        List<String> missing = new ArrayList<>();
        for (String name : concat(List.of(INPUT), SCORES, BOXES)) {
            if (graph.operation(name) == null) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the graph of " + model.graphJson() + " lacks " + missing);
        }
    }

    private static ConfigProto config(Device device, int intraOpThreads, int interOpThreads) {
        ConfigProto.Builder config = ConfigProto.newBuilder()
                .setIntraOpParallelismThreads(intraOpThreads)
                .setInterOpParallelismThreads(interOpThreads)
                .setAllowSoftPlacement(true);
        if (device == Device.CPU) {
            config.putDeviceCount("GPU", 0);
        }
        return config.build();
    }

    long warmUpMillis() {
        return warmUpMillis;
    }

    /** What TensorFlow ran in a session opened for bf16; null for fp32. */
    RewriteCheck rewrite() {
        return rewrite;
    }

    /** One run on a black image, reading back the rewritten graph TensorFlow executed. */
    private RewriteCheck probe() {
        int size = NanoDetPreprocessor.SIZE;
        Session.Runner runner = session.runner();
        concat(SCORES, BOXES, List.of()).forEach(runner::fetch);
        try (TFloat32 black = TFloat32.tensorOf(Shape.of(1, 3, size, size),
                DataBuffers.of(new float[3 * size * size], true, false))) {
            return RewriteCheck.run(runner.feed(INPUT, black));
        }
    }

    /**
     * @param chw {@code 3·416·416} planar floats
     * @throws IllegalStateException when an output does not have the expected shape
     */
    Outputs run(float[] chw) {
        int size = NanoDetPreprocessor.SIZE;
        float[][] scores = new float[3][];
        float[][] boxes = new float[3][];
        Session.Runner runner = session.runner();
        concat(SCORES, BOXES, List.of()).forEach(runner::fetch);
        try (TFloat32 input = TFloat32.tensorOf(Shape.of(1, 3, size, size), DataBuffers.of(chw, true, false));
             Result result = runner.feed(INPUT, input).run()) {
            for (int level = 0; level < 3; level++) {
                int cells = (size / GflDecoder.STRIDES[level]) * (size / GflDecoder.STRIDES[level]);
                scores[level] = copy((TFloat32) result.get(level), cells, GflDecoder.CLASSES, SCORES.get(level));
                boxes[level] = copy((TFloat32) result.get(3 + level), cells, 4 * GflDecoder.BINS, BOXES.get(level));
            }
        }
        return new Outputs(scores, boxes);
    }

    private static float[] copy(TFloat32 tensor, int cells, int channels, String name) {
        if (!tensor.shape().equals(Shape.of(1, cells, channels))) {
            throw new IllegalStateException("output " + name + " has shape " + tensor.shape() + ", expected [1, "
                    + cells + ", " + channels + "]");
        }
        float[] values = new float[cells * channels];
        tensor.copyTo(DataBuffers.of(values, false, false));
        return values;
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
