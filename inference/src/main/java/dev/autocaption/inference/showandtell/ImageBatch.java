package dev.autocaption.inference.showandtell;

import java.util.ArrayList;
import java.util.List;

/**
 * Up to {@code batchSize} decoded and preprocessed images, in input order, for one encoder run; {@code indices}
 * are their positions in the caller's list. Built by {@link Assembler}; never modified after that.
 */
record ImageBatch(List<String> ids, List<Integer> indices, float[] pixels) {
    ImageBatch {
        ids = List.copyOf(ids);
        indices = List.copyOf(indices);
    }

    int size() {
        return ids.size();
    }

    /** The images' ids for messages, e.g. {@code [a.jpg, b.jpg]}. */
    String describe() {
        return ids.toString();
    }

    /**
     * Collects prepared images in the order they come and hands out a batch each time {@code batchSize} are
     * ready; the sequential and the overlapped path both batch through it, so both give the encoder the same
     * batches. Not thread-safe: one per call.
     */
    static final class Assembler {
        private final int batchSize;
        private final List<String> ids = new ArrayList<>();
        private final List<Integer> indices = new ArrayList<>();
        private final List<float[]> images = new ArrayList<>();

        Assembler(int batchSize) {
            this.batchSize = batchSize;
        }

        /** Adds one image; returns the batch it completes, else null. */
        ImageBatch add(String id, int index, float[] image) {
            ids.add(id);
            indices.add(index);
            images.add(image);
            return images.size() == batchSize ? take() : null;
        }

        /** What is left (a short last batch), or null when nothing is. */
        ImageBatch rest() {
            return images.isEmpty() ? null : take();
        }

        private ImageBatch take() {
            int each = images.get(0).length;
            float[] packed = new float[images.size() * each];
            for (int i = 0; i < images.size(); i++) {
                System.arraycopy(images.get(i), 0, packed, i * each, each);
            }
            ImageBatch batch = new ImageBatch(ids, indices, packed);
            ids.clear();
            indices.clear();
            images.clear();
            return batch;
        }
    }
}
