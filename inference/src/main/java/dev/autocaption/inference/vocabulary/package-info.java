/**
 * The im2txt vocabulary ({@code word_counts.txt}): word ids are line positions, start and end words are found by
 * name, and unknown words map to one extra id. Pure Java, no TensorFlow.
 */
package dev.autocaption.inference.vocabulary;
