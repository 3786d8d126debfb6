/**
 * The out-of-domain guard: statistics of a model's encoder features over its training images (mean, a shrunk
 * covariance's inverse, and calibrated quantiles of the Mahalanobis distance), and the {@link
 * dev.autocaption.inference.Familiarity} they give a new image. The workshop's {@code DomainFit} (module
 * {@code workshop}) estimates them; {@link dev.autocaption.inference.domain.DomainFile} stores them beside the
 * checkpoint (a small JSON header and a checksummed float32 file), and an engine that finds them multiplies its
 * caption scores by the familiarity. Pure Java; no TensorFlow here.
 */
package dev.autocaption.inference.domain;
