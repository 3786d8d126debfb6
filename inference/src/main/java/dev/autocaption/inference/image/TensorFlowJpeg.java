package dev.autocaption.inference.image;

import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.image.DecodeJpeg;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TString;
import org.tensorflow.types.TUint8;

/**
 * TensorFlow's own JPEG decoder, {@code DecodeJpeg(channels=3)} with a chosen {@code dct_method}, in a graph and
 * session of its own. ImageIO has no way to choose libjpeg's IDCT, so this is how {@code model.jpeg-dct: fast}
 * decodes exactly as today's TensorFlow does by default. Like im2txt's decoder it ignores embedded ICC profiles,
 * which ImageIO converts to sRGB.
 *
 * <p>The session is CPU-only (the op has no GPU kernel) and should be created after the model's, so that the
 * model's thread settings decide TensorFlow's process-wide thread pools. Thread-safe (sessions are); each call
 * closes its tensors before returning. {@link #close()} after the last call.
 */
final class TensorFlowJpeg implements AutoCloseable {
    /** libjpeg's fast integer IDCT ({@code JDCT_IFAST}); TensorFlow's default when none is named. */
    static final String INTEGER_FAST = "INTEGER_FAST";
    /** libjpeg's accurate integer IDCT ({@code JDCT_ISLOW}). */
    static final String INTEGER_ACCURATE = "INTEGER_ACCURATE";

    private final Graph graph;
    private final Session session;
    private final Placeholder<TString> jpeg;
    private final DecodeJpeg pixels;

    /** @param dctMethod {@value #INTEGER_FAST}, {@value #INTEGER_ACCURATE}, or "" for TensorFlow's default */
    TensorFlowJpeg(String dctMethod) {
        graph = new Graph();
        try {
            Ops tf = Ops.create(graph);
            jpeg = tf.placeholder(TString.class, Placeholder.shape(Shape.scalar()));
            pixels = tf.image.decodeJpeg(jpeg, DecodeJpeg.channels(3L), DecodeJpeg.dctMethod(dctMethod));
            session = new Session(graph, ConfigProto.newBuilder().putDeviceCount("GPU", 0).build());
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    /**
     * @throws ImageDecodingException naming the input and TensorFlow's reason (corrupt or truncated data: the op
     *                                does not pad a truncated image with grey)
     */
    DecodedImage decode(String name, byte[] bytes) throws ImageDecodingException {
        try (TString input = TString.tensorOfBytes(NdArrays.scalarOfObject(bytes));
             Result r = session.runner().feed(jpeg, input).fetch(pixels).run()) {
            TUint8 image = (TUint8) r.get(0);
            int height = (int) image.shape().get(0);
            int width = (int) image.shape().get(1);
            byte[] rgb = new byte[width * height * 3];
            image.copyTo(DataBuffers.of(rgb, false, false));
            return new DecodedImage(width, height, rgb);
        } catch (RuntimeException e) {
            // TensorFlow's status exceptions: TFInvalidArgumentException (corrupt data) is an
            // IllegalArgumentException, the others TensorFlowExceptions; each is this input's fault
            String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new ImageDecodingException(name + ": truncated or corrupt JPEG (TensorFlow DecodeJpeg: " + reason
                    + ")", e);
        }
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
