package dev.autocaption.workshop.bench;

import java.util.List;

/**
 * What {@link Bench#run} measured.
 *
 * @param device          where TensorFlow ran, and why
 * @param buildMillis     building the full graph and initialising random weights
 * @param loadMillis      loading the saved model through the real loader (validation, graph build, restore,
 *                        vocabulary checks)
 * @param batches         one row per batch size
 * @param peakRssMiB      peak resident memory of the whole run
 */
public record BenchResult(String device, long buildMillis, long loadMillis, List<Batch> batches, long peakRssMiB) {
    public BenchResult {
        batches = List.copyOf(batches);
    }

    /**
     * One batch size.
     *
     * @param batchSize                 images per encoder run (and per batched beam search)
     * @param images                    images captioned for the measurement
     * @param imagesPerSecond           end to end, decode included
     * @param decodeMs                  per image: Java decoding
     * @param preprocessMs              per image: in-graph resize/crop/scale
     * @param encoderMs                 per image: Inception + embedding + image LSTM step
     * @param beamMs                    per image: beam search (all word steps)
     * @param encoderAloneImagesPerSecond the Inception forward pass alone, same batch size
     * @param rssMiB                    resident memory after this batch size
     */
    public record Batch(int batchSize, int images, double imagesPerSecond, double decodeMs, double preprocessMs,
            double encoderMs, double beamMs, double encoderAloneImagesPerSecond, long rssMiB) {
        /** End-to-end rate as a share of the encoder-alone rate. */
        public double endToEndShare() {
            return imagesPerSecond / encoderAloneImagesPerSecond;
        }

        /** Beam search as a share of the total time per image. */
        public double beamShare() {
            return beamMs / (decodeMs + preprocessMs + encoderMs + beamMs);
        }
    }

    /** One soak sample. */
    public record SoakSample(long captions, long rssMiB, long liveNativeObjects, long nativeBytes) {
    }
}
