package dev.autocaption.config;

import java.nio.file.Path;

/**
 * What every {@link Section} of one parse shares.
 *
 * @param problems         where problems are collected
 * @param substitution     replaces {@code ${...}} in string values
 * @param workingDirectory what relative paths resolve against
 */
record ReadContext(Problems problems, EnvironmentSubstitution substitution, Path workingDirectory) {
}
