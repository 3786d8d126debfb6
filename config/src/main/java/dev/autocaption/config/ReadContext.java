package dev.autocaption.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What every {@link Section} of one parse shares.
 *
 * @param problems         where problems are collected
 * @param substitution     replaces {@code ${...}} in string values
 * @param baseDirectory    what relative paths resolve against: the config file's directory, or the working
 *                         directory when no file is read
 * @param installation     where the bundled models live: {@code AUTOCAPTION_HOME}, else the working directory
 * @param platforms        the known account types and their rules
 */
record ReadContext(Problems problems, EnvironmentSubstitution substitution, Path baseDirectory,
                   Path installation, List<PlatformSpec> platforms) {
}
