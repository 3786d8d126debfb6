package dev.autocaption.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The review queue ({@code review:} section, overridable per account).
 *
 * @param mode          auto, review (default) or hybrid
 * @param approvalsFile the file the person writes decisions into; the daemon only reads it
 */
public record ReviewConfig(ReviewMode mode, Path approvalsFile) {
    public ReviewConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(approvalsFile, "approvalsFile");
    }

    public static ReviewConfig defaults() {
        return new ReviewConfig(ReviewMode.REVIEW, Path.of("./approvals.yaml"));
    }
}
