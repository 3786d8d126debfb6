package dev.autocaption.bot.connector.flickr;

import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.Credentials;
import dev.autocaption.config.Secret;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * The file {@code autocaption auth flickr} writes: the OAuth token and token secret of one account, readable only
 * by its owner (POSIX 600). Format: Java properties with keys {@code token} and {@code token-secret}.
 */
public final class FlickrTokenFile {

    static final String TOKEN = "token";
    static final String TOKEN_SECRET = "token-secret";

    private FlickrTokenFile() {
    }

    /** Where the token of an account lives: {@code credentials-file}, else {@code ~/.autocaption/<id>.token}. */
    public static Path pathFor(AccountConfig account) {
        if (account.credentialsFile() != null) {
            return account.credentialsFile();
        }
        return Path.of(System.getProperty("user.home"), ".autocaption", account.id() + ".token");
    }

    /** The account's credentials, with token and secret taken from its token file when the config has none. */
    static Credentials withStoredToken(AccountConfig account) {
        Credentials credentials = account.credentials();
        Path file = pathFor(account);
        if (credentials.get(FlickrPlatform.TOKEN) != null || !Files.isRegularFile(file)) {
            return credentials;
        }
        Properties values = read(file);
        String token = values.getProperty(TOKEN);
        String secret = values.getProperty(TOKEN_SECRET);
        if (token == null || token.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("token file " + file + " must hold " + TOKEN + " and "
                    + TOKEN_SECRET + "; run `autocaption auth flickr --account " + account.id() + "` again");
        }
        return credentials.with(FlickrPlatform.TOKEN, Secret.of(token)).with(FlickrPlatform.TOKEN_SECRET, Secret.of(secret));
    }

    /** Writes the token file, creating it with owner-only permissions before any secret is written. */
    public static void write(Path file, Secret token, Secret tokenSecret) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Files.deleteIfExists(file);
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Properties values = new Properties();
        values.setProperty(TOKEN, token.reveal());
        values.setProperty(TOKEN_SECRET, tokenSecret.reveal());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
            values.store(out, "autocaption Flickr OAuth token; keep private");
        }
    }

    private static Properties read(Path file) {
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Flickr token file " + file, e);
        }
        return values;
    }
}
