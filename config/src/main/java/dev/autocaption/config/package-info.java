/**
 * The configuration of autocaption: one immutable record per section of {@code autocaption.yaml}
 * ({@link dev.autocaption.config.BotConfig} and its parts), the {@link dev.autocaption.config.Secret} type that keeps
 * credentials out of logs, and {@link dev.autocaption.config.ConfigLoader}, which reads the file, substitutes
 * {@code ${ENV}} references and reports every problem at once.
 *
 * <p>This module depends only on the JDK and a YAML parser; every other module depends on it.
 */
package dev.autocaption.config;
