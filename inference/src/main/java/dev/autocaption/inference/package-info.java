/**
 * Captioning engines. {@link dev.autocaption.inference.ImageCaptioner} is the one interface: image bytes in,
 * ranked {@link dev.autocaption.inference.Caption}s with a score in [0, 1] out. This module knows nothing about
 * stored photos or platforms.
 */
package dev.autocaption.inference;
