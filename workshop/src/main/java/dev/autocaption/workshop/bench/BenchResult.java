package dev.autocaption.workshop.bench;

import java.util.List;

/**
 * What {@link Bench#run} measured.
 *
 * @param device          where TensorFlow ran
 * @param precision       the encoder's precision as asked, and what it became when that differs
 *                        ({@code fp32}, {@code bf16}, {@code auto>fp32})
 * @param precisionReason why, as the loader decided it
 * @param buildMillis     building the full graph and initialising random weights
 * @param loadMillis      loading the saved model through the real loader (validation, graph build, restore,
 *                        vocabulary checks)
 * @param batches         one row per batch size
 * @param peakRssMiB      peak resident memory of the whole run
 */
public record BenchResult(String device, String precision, String precisionReason, long buildMillis, long loadMillis, List<Batch> batches, long peakRssMiB) {
    public BenchResult {
        batches = List.copyOf(batches);
    }

    /**
     * One batch size.
     *
     * @param batchSize                 images per encoder run (and per batched beam search)
     * @param images                    images captioned for the measurement
     * @param imagesPerSecond           end to end, decode included, overlapped (the daemon's path)
     * @param sequentialImagesPerSecond end to end with the stages one after the other, same images
     * @param decodeMs                  per image: Java decoding
     * @param preprocessMs              per image: in-graph resize/crop/scale
     * @param encoderMs                 per image: Inception + embedding + image LSTM step
     * @param beamMs                    per image: beam search (all word steps)
     *                                  (the four stage times are from the sequential calls)
     * @param encoderAloneImagesPerSecond the Inception forward pass alone, same batch size
     * @param endToEndShare             the overlapped rate as a share of the encoder-alone rate: the median of the
     *                                  rounds' own ratios (each round times all three side by side)
     * @param sequentialShare           the same for the sequential rate
     * @param rssMiB                    resident memory after this batch size
     */
    public record Batch(int batchSize, int images, double imagesPerSecond, double sequentialImagesPerSecond,
            double decodeMs, double preprocessMs,
            double encoderMs, double beamMs, double encoderAloneImagesPerSecond, double endToEndShare,
            double sequentialShare, long rssMiB) {

        /** One image's time from bytes to captions with the stages in turn, in ms (at batch 1: one photo's latency). */
        public double sequentialMsPerImage() {
            return 1000 / sequentialImagesPerSecond;
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
