/**
 * The configuration: immutable records, YAML loading with environment substitution, and validation. The leaf of
 * the module graph; it exports its one package to everyone.
 */
module dev.autocaption.config {
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;

    exports dev.autocaption.config;
}
