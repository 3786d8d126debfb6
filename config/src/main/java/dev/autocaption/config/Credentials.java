package dev.autocaption.config;

/**
 * An account's credentials ({@code accounts[].credentials}). Every value is a {@link Secret}; any may be null
 * when the account type does not use it or the user has not authorised yet.
 *
 * @param apiKey      Flickr API key
 * @param apiSecret   Flickr API secret
 * @param token       Flickr OAuth 1.0a access token
 * @param tokenSecret Flickr OAuth 1.0a token secret
 * @param accessToken Facebook Page (or user) access token
 * @param appSecret   Facebook app secret, for {@code appsecret_proof}
 */
public record Credentials(
        Secret apiKey, Secret apiSecret, Secret token, Secret tokenSecret, Secret accessToken, Secret appSecret) {

    public static Credentials none() {
        return new Credentials(null, null, null, null, null, null);
    }

    public static Credentials flickr(Secret apiKey, Secret apiSecret, Secret token, Secret tokenSecret) {
        return new Credentials(apiKey, apiSecret, token, tokenSecret, null, null);
    }

    public static Credentials facebook(Secret accessToken) {
        return new Credentials(null, null, null, null, accessToken, null);
    }
}
