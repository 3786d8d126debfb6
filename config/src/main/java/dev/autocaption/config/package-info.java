/**
 * The configuration of autocaption: one immutable record per section of {@code autocaption.yaml}
 * ({@link dev.autocaption.config.BotConfig} and its parts), the {@link dev.autocaption.config.Secret} type that keeps
 * credentials out of logs, {@link dev.autocaption.config.ConfigLoader}, which finds and reads the file, substitutes
 * {@code ${ENV}} references and reports every problem at once, and {@link dev.autocaption.config.ConfigPrinter},
 * which prints the resolved configuration with secrets masked. {@link dev.autocaption.config.PrivateFiles} creates
 * the owner-only directories and files that every module keeps secrets and state in.
 *
 * <p>Reading is split by concern: {@code YamlDocument} (syntax), {@code Section} and {@code Values} (typed values
 * with key paths), {@code SectionParser}, {@code AccountParser} and {@code CredentialsParser} (the keys and rules of
 * each section), {@code ConfigParser} (the whole). The key lists in those classes are the single source of truth
 * for the file's keys; {@code autocaption.example.yaml} at the repository root is tested against them.
 *
 * <p>This module depends only on the JDK and a YAML parser; every other module depends on it.
 */
package dev.autocaption.config;
