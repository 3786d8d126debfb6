package dev.autocaption.workshop.training;

import dev.autocaption.inference.image.DecodedImage;
import dev.autocaption.inference.showandtell.EncoderSpec;
import dev.autocaption.inference.showandtell.ShowAndTellGraph;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TUint8;

/**
 * Turns decoded pixels into the encoder's input with the engine's own preprocessing graph
 * ({@link ShowAndTellGraph#preprocess}), so training sees exactly what captioning will, and stores the result as
 * one byte per value ({@code (x + 1) * 127.5}, error at most 0.004) to keep a large training set in memory.
 * Owns its graph and session until {@link #close()}; not thread-safe.
 */
final class ImagePreparation implements AutoCloseable {
    private final Graph graph = new Graph();
    private final Session session;
    private final Placeholder<TUint8> pixels;
    private final Operand<TFloat32> prepared;

    ImagePreparation(EncoderSpec spec) {
        Ops tf = Ops.create(graph);
        pixels = tf.placeholder(TUint8.class, Placeholder.shape(Shape.of(1, -1, -1, 3)));
        prepared = ShowAndTellGraph.preprocess(tf, pixels, spec);
        session = new Session(graph);
    }

    /** The encoder input of one image, quantised to bytes. */
    byte[] prepare(DecodedImage image) {
        try (TUint8 in = TUint8.tensorOf(Shape.of(1, image.height(), image.width(), 3),
                DataBuffers.of(image.rgb(), true, false));
             Result r = session.runner().feed(pixels, in).fetch(prepared).run()) {
            TFloat32 out = (TFloat32) r.get(0);
            float[] values = new float[(int) out.shape().size()];
            out.copyTo(DataBuffers.of(values, false, false));
            byte[] quantised = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                quantised[i] = (byte) Math.round(Math.max(0f, Math.min(255f, (values[i] + 1f) * 127.5f)));
            }
            return quantised;
        }
    }

    /** The inverse of the quantisation, written into {@code out} at {@code offset}. */
    static void restore(byte[] quantised, float[] out, int offset) {
        for (int i = 0; i < quantised.length; i++) {
            out[offset + i] = (quantised[i] & 0xff) / 127.5f - 1f;
        }
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
