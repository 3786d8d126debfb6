package dev.autocaption.bot.pipeline;

import dev.autocaption.bot.connector.PhotoSource;
import dev.autocaption.bot.filter.CaptionFilter;
import dev.autocaption.config.AccountConfig;
import java.util.Objects;

/**
 * One account the daemon works on: its effective config, its connector and its filter.
 *
 * @param config the account's config (schedule, filter and review already merged with the global ones)
 * @param source the connector for it
 * @param filter the caption filter with the account's thresholds and review mode
 */
public record WatchedAccount(AccountConfig config, PhotoSource source, CaptionFilter filter) {
    public WatchedAccount {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(filter, "filter");
    }

    /** The account id. */
    public String id() {
        return config.id();
    }
}
