package dev.autocaption.store;

/**
 * What one migration run did.
 *
 * @param applied       how many migrations it applied (0 when the schema was already current)
 * @param schemaVersion the schema version afterwards, e.g. {@code "1"}
 */
public record MigrationResult(int applied, String schemaVersion) {
    public MigrationResult {
        if (applied < 0) {
            throw new IllegalArgumentException("applied must be >= 0, was " + applied);
        }
        if (schemaVersion == null || schemaVersion.isBlank()) {
            throw new IllegalArgumentException("schemaVersion must not be blank, was " + schemaVersion);
        }
    }
}
