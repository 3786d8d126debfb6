package dev.autocaption.bot.metrics;

import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.store.Account;
import dev.autocaption.store.AccountStatus;
import dev.autocaption.store.Database;
import dev.autocaption.store.PhotoState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the store says per account, read when scraped: {@code autocaption_photos_in_state{account, state}} (the
 * queue depth is {@code state="queued"}), {@code autocaption_account_paused{account}} (1 while paused) and the
 * connector's {@code autocaption_rate_limit_headroom_ratio{account, platform}} (NaN when not measured). A gauge
 * that cannot read the store shows NaN; the scrape goes on.
 */
final class StoreGauges {
    private StoreGauges() {
    }

    static void bind(MeterRegistry registry, Database database, WatchedAccount account) {
        String id = account.id();
        for (PhotoState state : PhotoState.values()) {
            Gauge.builder("autocaption.photos.in.state", database, db -> count(db, id, state))
                    .description("Photos of the account in each state, from the store")
                    .tags("account", id, "state", state.code()).strongReference(true).register(registry);
        }
        Gauge.builder("autocaption.account.paused", database, db -> paused(db, id))
                .description("1 while the account is paused (its reason is on /ready and the accounts page)")
                .tag("account", id).strongReference(true).register(registry);
        Gauge.builder("autocaption.rate.limit.headroom", account, StoreGauges::headroom)
                .description("Share of the platform's rate limit left, as the connector last saw it").baseUnit("ratio")
                .tags("account", id, "platform", account.source().platform().toLowerCase(
                        Locale.ROOT)).strongReference(true).register(registry);
    }

    private static double count(Database database, String accountId, PhotoState state) {
        try {
            Map<PhotoState, Integer> counts = database.inTransaction(tx -> tx.photos().countByState(accountId));
            return counts.getOrDefault(state, 0);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double paused(Database database, String accountId) {
        try {
            Optional<Account> account = database.inTransaction(tx -> tx.accounts().find(accountId));
            return account.map(a -> a.status() == AccountStatus.PAUSED ? 1.0 : 0.0).orElse(0.0);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double headroom(WatchedAccount account) {
        Double remaining = account.source().headroom().remaining();
        return remaining == null ? Double.NaN : remaining;
    }
}
