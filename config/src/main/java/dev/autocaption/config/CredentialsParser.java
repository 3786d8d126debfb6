package dev.autocaption.config;

import static dev.autocaption.config.Values.nullable;
import static dev.autocaption.config.Values.secret;

import java.util.List;

/**
 * Reads {@code accounts[].credentials}. Flickr accounts take api-key, api-secret (both required), token and
 * token-secret; Facebook accounts take access-token (required) and app-secret; folder accounts take none. Values are {@link Secret}s and
 * appear in no problem line; only key names, variable names and value kinds do.
 */
final class CredentialsParser {
    static final List<String> FLICKR_KEYS = List.of("api-key", "api-secret", "token", "token-secret");
    static final List<String> FACEBOOK_KEYS = List.of("access-token", "app-secret");
    static final List<String> ALL_KEYS = List.of("api-key", "api-secret", "token", "token-secret", "access-token",
            "app-secret");

    private CredentialsParser() {
    }

    /**
     * @param section the credentials section (a secret section)
     * @param type    the account type, or null when it was wrong (then nothing is required)
     */
    static Credentials parse(Section section, AccountType type) {
        List<String> allowed = keysOf(type);
        for (String key : section.keys()) {
            if (ALL_KEYS.contains(key) && !allowed.contains(key)) {
                section.problem(key, "is not used by " + type.configName() + " accounts (allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed)) + ")");
            }
        }
        section.allowOnly(allowed, ALL_KEYS);
        List<String> required = type == null || type == AccountType.FOLDER ? List.of()
                : type.isFacebook() ? List.of("access-token") : List.of("api-key", "api-secret");
        return new Credentials(
                read(section, "api-key", allowed, required, type),
                read(section, "api-secret", allowed, required, type),
                read(section, "token", allowed, required, type),
                read(section, "token-secret", allowed, required, type),
                read(section, "access-token", allowed, required, type),
                read(section, "app-secret", allowed, required, type));
    }

    /** The credential keys an account type takes: none for folders, which read the disk. */
    static List<String> keysOf(AccountType type) {
        if (type == null) {
            return ALL_KEYS;
        }
        return type == AccountType.FOLDER ? List.of() : type.isFacebook() ? FACEBOOK_KEYS : FLICKR_KEYS;
    }

    private static Secret read(Section section, String key, List<String> allowed, List<String> required,
            AccountType type) {
        if (!allowed.contains(key)) {
            return null;
        }
        Problems problems = section.context().problems();
        int problemsBefore = problems.size();
        Secret value = section.read(key, null, nullable(secret()));
        if (value == null && required.contains(key) && problems.size() == problemsBefore) {
            section.problem(key, "is required for " + type.configName() + " accounts");
        }
        return value;
    }
}
