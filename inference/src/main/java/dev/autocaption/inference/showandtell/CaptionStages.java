package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageInput;
import java.util.List;

/**
 * The three stages of captioning: prepare one image, encode a batch, beam-search a batch into results.
 * {@link SequentialCaptioning} runs them one after the other, {@link OverlappedCaptioning} on three threads; the
 * stages do not know which. Implementations are thread-safe: the stages of different batches run at once.
 */
interface CaptionStages {
    /**
     * Decodes and preprocesses one image. A bad image is this image's failure, never the call's.
     *
     * @return the encoder input, or null after putting the image's error result in {@code results[index]}
     */
    float[] prepare(ImageInput image, CaptionResult[] results, int index);

    /**
     * The encoder on one batch: each image's initial state (and its features when a domain guards scores).
     *
     * @throws CaptioningException naming the batch's images when TensorFlow fails
     */
    ShowAndTellModel.Encoded encode(ImageBatch batch) throws CaptioningException;

    /**
     * Beam search for every image of {@code batch} at once, then one result per image, in batch order.
     *
     * @throws CaptioningException naming the batch's images when TensorFlow fails
     */
    List<CaptionResult> search(ImageBatch batch, ShowAndTellModel.Encoded encoded) throws CaptioningException;
}
