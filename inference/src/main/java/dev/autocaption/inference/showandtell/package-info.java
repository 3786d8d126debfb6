/**
 * The Show and Tell (im2txt) engine: the architecture record, the model directory ({@code model.json}), the
 * inference graph built from TensorFlow raw ops with the published variable names, and {@link
 * dev.autocaption.inference.showandtell.TensorFlowCaptioner}. The graph-building classes take a
 * {@link dev.autocaption.inference.showandtell.VariableFactory} so a trainer can build the same graph with its own
 * (trainable) variables.
 */
package dev.autocaption.inference.showandtell;
