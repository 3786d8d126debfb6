package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageInput;
import java.util.Arrays;
import java.util.List;

/**
 * The stages one after the other on the calling thread: prepare images until a batch is full, encode it,
 * beam-search it, go on. What {@link OverlappedCaptioning} is measured and checked against (same batches, so the
 * same captions). Stateless between calls and thread-safe.
 */
final class SequentialCaptioning {
    private final CaptionStages stages;

    SequentialCaptioning(CaptionStages stages) {
        this.stages = stages;
    }

    /** @param batchSize images per encoder run */
    List<CaptionResult> caption(List<ImageInput> images, int batchSize) throws CaptioningException {
        CaptionResult[] results = new CaptionResult[images.size()];
        ImageBatch.Assembler assembler = new ImageBatch.Assembler(batchSize);
        for (int i = 0; i < images.size(); i++) {
            float[] input = stages.prepare(images.get(i), results, i);
            ImageBatch full = input == null ? null : assembler.add(images.get(i).id(), i, input);
            if (full != null) {
                finish(full, results);
            }
        }
        ImageBatch rest = assembler.rest();
        if (rest != null) {
            finish(rest, results);
        }
        return Arrays.asList(results);
    }

    private void finish(ImageBatch batch, CaptionResult[] results) throws CaptioningException {
        List<CaptionResult> done = stages.search(batch, stages.encode(batch));
        for (int k = 0; k < batch.size(); k++) {
            results[batch.indices().get(k)] = done.get(k);
        }
    }
}
