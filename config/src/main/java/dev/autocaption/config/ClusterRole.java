package dev.autocaption.config;

import java.util.Locale;

/** What one cluster instance does ({@code cluster.roles}); every instance does all three unless told otherwise. */
public enum ClusterRole {
    /** Runs the accounts' scheduled cycles: reads the approvals files, polls, screens captioned photos. */
    POLL,
    /** Captions discovered photos of any account, claimed with row locks (a GPU machine may do only this). */
    CAPTION,
    /** Writes due outbox entries of any account, claimed with row locks. */
    POST;

    /** The name in the YAML: {@code poll}, {@code caption}, {@code post}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
