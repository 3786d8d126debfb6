package dev.autocaption.config;

import java.util.List;
import java.util.Objects;

/**
 * The whole configuration, as loaded from {@code autocaption.yaml} by {@link ConfigLoader}. Immutable; built once
 * at start-up and passed down through constructors.
 */
public record BotConfig(
        StoreConfig store,
        ModelConfig model,
        FilterConfig filter,
        ReviewConfig review,
        ScheduleConfig schedule,
        WebConfig web,
        RetryConfig retry,
        ClusterConfig cluster,
        List<AccountConfig> accounts) {

    public BotConfig {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(web, "web");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(accounts, "accounts");
        accounts = List.copyOf(accounts);
    }

    /** A single daemon's configuration: not clustered ({@link ClusterConfig#defaults()}). */
    public BotConfig(StoreConfig store, ModelConfig model, FilterConfig filter, ReviewConfig review,
                     ScheduleConfig schedule, WebConfig web, RetryConfig retry, List<AccountConfig> accounts) {
        this(store, model, filter, review, schedule, web, retry, ClusterConfig.defaults(), accounts);
    }

    /** The built-in defaults: no accounts, the bundled demo model, an H2 file under {@code ./data}. */
    public static BotConfig defaults() {
        return new BotConfig(StoreConfig.defaults(), ModelConfig.defaults(), FilterConfig.defaults(),
                ReviewConfig.defaults(), ScheduleConfig.defaults(), WebConfig.defaults(), RetryConfig.defaults(),
                List.of());
    }

    /** This configuration with another {@code cluster} section. */
    public BotConfig withCluster(ClusterConfig clusterConfig) {
        return new BotConfig(store, model, filter, review, schedule, web, retry, clusterConfig, accounts);
    }

    /** The account with this id, or null. */
    public AccountConfig account(String id) {
        return accounts.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }
}
