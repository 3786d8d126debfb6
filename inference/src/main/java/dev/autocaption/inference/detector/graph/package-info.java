/**
 * TF.js graph model → TensorFlow GraphDef conversion (dequantisation, the int64 constant fix, fused-op splits) and
 * the on-disk cache of converted graphs, keyed on source hashes and converter version.
 */
package dev.autocaption.inference.detector.graph;
