package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.precision.RewriteCheck;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/**
 * The encoder alone (Inception and pooling, up to {@link ShowAndTellGraph#features}) in a session of its own with
 * TensorFlow's oneDNN auto mixed precision on ({@code auto_mixed_precision_onednn_bfloat16}): convolutions and
 * matrix products in bfloat16, the rest in fp32. Only the encoder's variables are restored into it; the image
 * embedding, the LSTM, the logits and the beam search stay in the model's fp32 session. At open it runs the encoder
 * once and reads back what TensorFlow executed ({@link RewriteCheck}), so a rewrite that did not happen (oneDNN off,
 * no bf16 kernels) is known rather than assumed.
 *
 * <p>Owned by the {@link ShowAndTellModel} it serves (or by whoever opened it until it is handed over); thread-safe;
 * {@link #close()} waits for runs in flight.
 */
final class Bf16Encoder implements AutoCloseable {
    private final Session session;
    private final ShowAndTellGraph endpoints;
    private final int inputSize;
    private final RewriteCheck rewrite;

    private Bf16Encoder(Session session, ShowAndTellGraph endpoints, int inputSize) {
        this.session = session;
        this.endpoints = endpoints;
        this.inputSize = inputSize;
        this.rewrite = probe();
    }

    /**
     * Opens the session on {@code graph} with {@code fp32Config} plus the bf16 rewrite and runs {@code restore}
     * (which fills the encoder's variables) in it.
     */
    static Bf16Encoder open(Graph graph, Op restore, ConfigProto fp32Config, ShowAndTellGraph endpoints,
            int inputSize) {
        Session session = new Session(graph, RewriteCheck.withBf16(fp32Config));
        try {
            session.runner().addTarget(restore).run().close();
            return new Bf16Encoder(session, endpoints, inputSize);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** What TensorFlow ran when this encoder ran. */
    RewriteCheck rewrite() {
        return rewrite;
    }

    /** The pooled features of {@code n} preprocessed images packed in {@code batch}, as a flat {@code [n, F]}. */
    float[] features(float[] batch, int n) {
        try (TFloat32 images = TFloat32.tensorOf(Shape.of(n, inputSize, inputSize, 3),
                DataBuffers.of(batch, true, false));
             Result r = session.runner().feed(endpoints.images, images).fetch(endpoints.features).run()) {
            return ShowAndTellModel.floats(r, 0);
        }
    }

    /** One run on a black image, returning the rewritten graph TensorFlow executed. */
    private RewriteCheck probe() {
        try (TFloat32 black = TFloat32.tensorOf(Shape.of(1, inputSize, inputSize, 3),
                DataBuffers.of(new float[inputSize * inputSize * 3], true, false))) {
            return RewriteCheck.run(session.runner().feed(endpoints.images, black).fetch(endpoints.features));
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
