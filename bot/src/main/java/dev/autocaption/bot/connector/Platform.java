package dev.autocaption.bot.connector;

import dev.autocaption.config.AccountType;
import dev.autocaption.config.PlatformSpec;
import java.net.URI;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything the rest of the application knows of one account type, declared by its connector package beside its
 * {@link PhotoSource}: the config rules ({@link PlatformSpec}: credential keys, write modes and default, keys of
 * its own), how to build its source, and where a photo's page is. How a lost write receipt is reconciled is the
 * source's own {@link PhotoSource#reconciledReceipt}; how an account is authorised, its {@link #authorization()}.
 *
 * @param spec          what the config loader checks
 * @param factory       builds the source of one account
 * @param page          a photo's page on the platform (remote id → URL)
 * @param authorization how {@code autocaption auth <family>} authorises or checks an account; null when the type
 *                      needs none (shared by the types of one family)
 */
public record Platform(PlatformSpec spec, Connectors.Factory factory, Function<String, URI> page,
                       Authorization authorization) {

    public Platform {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(page, "page");
    }

    public AccountType type() {
        return spec.type();
    }
}
