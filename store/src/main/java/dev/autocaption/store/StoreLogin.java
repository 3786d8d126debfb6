package dev.autocaption.store;

import dev.autocaption.config.Secret;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The user and password an embedded H2 store is opened with, instead of H2's empty default. Prints the password as
 * {@link Secret#MASK}.
 *
 * @param user     the H2 user (an administrator of the store)
 * @param password its password; null for none (only a login named in {@code store.user} may have none)
 */
record StoreLogin(String user, Secret password) {
    /** The user autocaption creates. */
    static final String USER = "AUTOCAPTION";
    private static final int PASSWORD_BYTES = 32;

    StoreLogin {
        Objects.requireNonNull(user, "user");
        if (user.isBlank()) {
            throw new IllegalArgumentException("user must not be blank");
        }
    }

    /** A new login: user {@value #USER} and 256 random bits as the password (URL-safe Base64, 43 characters). */
    static StoreLogin generate(SecureRandom random) {
        byte[] bytes = new byte[PASSWORD_BYTES];
        random.nextBytes(bytes);
        return new StoreLogin(USER, Secret.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)));
    }
}
