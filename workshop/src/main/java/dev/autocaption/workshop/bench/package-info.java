/**
 * The benchmark behind {@code autocaption bench}: the full-size im2txt graph with random weights (real shapes),
 * saved and loaded through the real loading path, timed per stage at several batch sizes, plus a soak mode that
 * watches memory and live native tensors.
 */
package dev.autocaption.workshop.bench;
