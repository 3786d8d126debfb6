/** Image decoding in pure Java, before any pixel reaches a TensorFlow graph. */
package dev.autocaption.inference.image;
