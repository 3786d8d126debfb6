package dev.autocaption.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The kind of remote account ({@code accounts[].type}), by the name the YAML file and the store's
 * {@code account_type} columns spell it. The set is open: which types exist, and their rules, is the
 * {@link PlatformSpec} each connector registers; {@code config} names none of them.
 *
 * @param configName the spelling in the YAML file and the store, {@code [a-z0-9-]+}
 */
public record AccountType(String configName) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

    public AccountType {
        Objects.requireNonNull(configName, "configName");
        if (!NAME.matcher(configName).matches()) {
            throw new IllegalArgumentException("configName must match [a-z0-9-]+, was " + configName);
        }
    }

    public static AccountType of(String configName) {
        return new AccountType(configName);
    }

    @Override
    public String toString() {
        return configName;
    }
}
