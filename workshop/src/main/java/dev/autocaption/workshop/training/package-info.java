/**
 * Trains the Show and Tell graph in TensorFlow Java graph mode and evaluates captioners.
 *
 * <p>{@link dev.autocaption.workshop.training.Trainer} builds the model with the engine's own graph code
 * ({@code showandtell}: Inception v3 via {@code GraphLayers}, {@code LstmCell}, the same variable names), unrolls the
 * LSTM over the caption, minimises the masked cross-entropy with Adam, and writes a model directory the engine's
 * loader opens like any other: a V2 checkpoint under the im2txt names, {@code word_counts.txt}, {@code model.json},
 * plus {@code training.json} with the settings and measurements. {@link dev.autocaption.workshop.training.Evaluator}
 * scores any {@code ImageCaptioner} on a COCO-format data set (BLEU-1..4, CIDEr-D, caption-score distribution), and
 * {@link dev.autocaption.workshop.training.OutOfDomainImages} draws non-scene images for the out-of-domain check.
 */
package dev.autocaption.workshop.training;
