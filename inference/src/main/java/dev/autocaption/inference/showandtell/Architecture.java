package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.checkpoint.LstmNaming;
import dev.autocaption.inference.checkpoint.TensorInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything that fixes the variable names and shapes of a Show and Tell model. The names never change; the shapes
 * follow these numbers, so a scaled-down model (smaller encoder, embedding, LSTM or vocabulary) is validated and
 * restored by the same code as the published one.
 *
 * @param encoder       the image encoder
 * @param embeddingSize image and word embedding width (im2txt: 512)
 * @param lstmUnits     LSTM cell size (im2txt: 512); the state fed between steps is {@code 2 * lstmUnits} wide
 * @param vocabSize     rows of the word embedding and columns of the logits (im2txt: 12000, more than the words)
 */
public record Architecture(EncoderSpec encoder, int embeddingSize, int lstmUnits, int vocabSize) {
    public Architecture {
        Objects.requireNonNull(encoder, "encoder");
        requirePositive("embeddingSize", embeddingSize);
        requirePositive("lstmUnits", lstmUnits);
        requirePositive("vocabSize", vocabSize);
    }

    /** The published im2txt architecture (what a bare checkpoint prefix means). */
    public static Architecture im2txt() {
        return new Architecture(EncoderSpec.im2txt(), 512, 512, 12000);
    }

    /** Width of the pooled encoder output that the image embedding multiplies (2048 for im2txt). */
    public int featureSize() {
        return new ShapeLayers().encode(encoder).channels();
    }

    /** Width of the state vector {@code [c | h]}. */
    public int stateSize() {
        return 2 * lstmUnits;
    }

    /**
     * Every tensor the inference graph restores, with its shape; LSTM names in the TF ≥ 1.2 spelling
     * ({@link LstmNaming#TF_1_2}). {@code global_step} is not included.
     */
    public List<TensorInfo> tensors() {
        ShapeLayers shapes = new ShapeLayers();
        shapes.encode(encoder);
        List<TensorInfo> out = new ArrayList<>(shapes.variables());
        out.add(TensorInfo.ofFloat("image_embedding/weights", featureSize(), embeddingSize));
        out.add(TensorInfo.ofFloat("seq_embedding/map", vocabSize, embeddingSize));
        out.add(TensorInfo.ofFloat(LstmNaming.TF_1_2.kernel(), embeddingSize + lstmUnits, 4L * lstmUnits));
        out.add(TensorInfo.ofFloat(LstmNaming.TF_1_2.bias(), 4L * lstmUnits));
        out.add(TensorInfo.ofFloat("logits/weights", lstmUnits, vocabSize));
        out.add(TensorInfo.ofFloat("logits/biases", vocabSize));
        return out;
    }

    private static void requirePositive(String name, int value) {
        if (value < 1 || value > 1_000_000) {
            throw new IllegalArgumentException(name + " must be in [1, 1000000], was " + value);
        }
    }
}
