package dev.autocaption.store;

import dev.autocaption.config.PrivateFiles;
import dev.autocaption.config.Secret;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The file beside an embedded H2 store that holds its generated {@link StoreLogin}: Java properties {@code user} and
 * {@code password}, owner-only (0600), written whole or not at all. Every process that opens the store (the daemon, a
 * CLI command, backup and restore) reads it. Messages name the file and the key, never the password.
 */
final class LoginFile {
    static final String USER = "user";
    static final String PASSWORD = "password";

    private final Path path;

    LoginFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /** The saved login; empty when there is no file yet. */
    Optional<StoreLogin> read() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("cannot read the store's login file " + path + ": " + e.getMessage(), e);
        }
        String user = values.getProperty(USER, "").trim();
        String password = values.getProperty(PASSWORD, "").trim();
        if (user.isEmpty() || password.isEmpty()) {
            throw new StoreException("the store's login file " + path + " must hold '" + USER + "' and '" + PASSWORD
                    + "', missing: " + (user.isEmpty() ? USER : PASSWORD) + "; restore the file from a backup of the"
                    + " data directory");
        }
        return Optional.of(new StoreLogin(user, Secret.of(password)));
    }

    /** Writes the login, owner-only, replacing any earlier file in one move. */
    void write(StoreLogin login) {
        Properties values = new Properties();
        values.setProperty(USER, login.user());
        values.setProperty(PASSWORD, login.password().reveal());
        StringWriter text = new StringWriter();
        try {
            values.store(text, "autocaption store login, generated at first start; keep private, keep with the store");
            PrivateFiles.writeString(path, text.toString());
        } catch (IOException e) {
            throw new StoreException("cannot write the store's login file " + path + ": " + e.getMessage(), e);
        }
    }
}
