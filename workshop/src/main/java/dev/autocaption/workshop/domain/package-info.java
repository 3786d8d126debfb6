/**
 * Fitting the out-of-domain guard's statistics: {@link dev.autocaption.workshop.domain.DomainFit} estimates a
 * {@link dev.autocaption.inference.domain.DomainStatistics} (mean, Ledoit–Wolf-shrunk covariance inverse,
 * cross-fitted distance quantiles) from the encoder features of in-domain images, for {@code autocaption train}
 * and {@code autocaption models calibrate}. The engine only reads and applies the result
 * ({@code dev.autocaption.inference.domain}). Pure Java; no TensorFlow here.
 */
package dev.autocaption.workshop.domain;
