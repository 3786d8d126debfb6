package dev.autocaption.bot.connector.flickr;

import dev.autocaption.bot.connector.Platform;
import dev.autocaption.config.AccountType;
import dev.autocaption.config.Credentials;
import dev.autocaption.config.PlatformSpec;
import dev.autocaption.config.Secret;
import dev.autocaption.config.WriteMode;
import java.util.List;

/**
 * Flickr's descriptor: one account type, {@code flickr}, with OAuth 1.0a credentials (API key and secret
 * required; token and token secret from {@code autocaption auth flickr}) and the description write modes.
 */
public final class FlickrPlatform {
    public static final AccountType TYPE = AccountType.of("flickr");
    static final String API_KEY = "api-key";
    static final String API_SECRET = "api-secret";
    static final String TOKEN = "token";
    static final String TOKEN_SECRET = "token-secret";

    public static final PlatformSpec SPEC = new PlatformSpec(TYPE, FlickrCalls.PLATFORM,
            List.of(WriteMode.FILL_EMPTY, WriteMode.APPEND, WriteMode.REPLACE), WriteMode.FILL_EMPTY,
            List.of(API_KEY, API_SECRET, TOKEN, TOKEN_SECRET), List.of(API_KEY, API_SECRET), List.of(), List.of());

    private FlickrPlatform() {
    }

    /** The registration: one line in {@code Platforms}. */
    public static List<Platform> descriptors() {
        return List.of(new Platform(SPEC, FlickrPhotoSource::create, FlickrPhotoSource::pageUrl,
                new FlickrAuthorizationFlow()));
    }

    /** Flickr credentials; the token pair may be null before {@code autocaption auth flickr}. */
    public static Credentials credentials(Secret apiKey, Secret apiSecret, Secret token, Secret tokenSecret) {
        return Credentials.of(API_KEY, apiKey, API_SECRET, apiSecret, TOKEN, token, TOKEN_SECRET, tokenSecret);
    }
}
