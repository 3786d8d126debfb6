/**
 * TensorFlow checkpoints as im2txt users have them: listing tensor names, dtypes and shapes (a pure-Java reader for
 * V2 {@code .index} files that works without the data file, and TensorFlow's own reader for old V1 single files),
 * the three LSTM naming families, and validation against the tensors an architecture needs.
 */
package dev.autocaption.inference.checkpoint;
