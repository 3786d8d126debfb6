/**
 * im2txt's beam search (caption_generator.py) in pure Java, batched over images: every live hypothesis of every
 * image goes to one {@link dev.autocaption.inference.beam.StepFunction} call per step. No TensorFlow here, so it is
 * tested against scripted step functions.
 */
package dev.autocaption.inference.beam;
