package dev.autocaption.bot.connector.flickr;

import com.flickr4java.flickr.Flickr;
import com.flickr4java.flickr.auth.Auth;
import com.flickr4java.flickr.people.User;
import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.builder.api.DefaultApi10a;
import com.github.scribejava.core.httpclient.jdk.JDKHttpClientConfig;
import com.github.scribejava.core.model.OAuth1AccessToken;
import com.github.scribejava.core.model.OAuth1RequestToken;
import com.github.scribejava.core.oauth.OAuth10aService;
import dev.autocaption.bot.connector.CallBudget;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.NetworkFailure;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.Secret;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutionException;

/**
 * The OAuth 1.0a out-of-band flow behind {@code autocaption auth flickr}: {@link #start} gets a request token and
 * the URL the user opens to approve write access, {@link #finish} trades the 9-digit verifier for an access
 * token, {@link #verify} checks a token with {@code flickr.test.login} and {@code flickr.auth.oauth.checkToken}.
 * Flickr4Java's own flow is hard-wired to www.flickr.com, so the dance runs on scribejava with endpoints under
 * the account's api-base-url (default https://www.flickr.com). Not thread-safe; one flow per instance.
 */
public final class FlickrAuthorization {

    /** A started flow: open {@link #authorizationUrl()}, then pass the verifier to {@link #finish}. */
    public static final class Pending {
        private final OAuth1RequestToken requestToken;
        private final String authorizationUrl;

        private Pending(OAuth1RequestToken requestToken, String authorizationUrl) {
            this.requestToken = requestToken;
            this.authorizationUrl = authorizationUrl;
        }

        public String authorizationUrl() {
            return authorizationUrl;
        }
    }

    /**
     * Who a token belongs to and what it may do.
     *
     * @param nsid        the Flickr user id
     * @param username    the user name
     * @param permission  read, write or delete
     * @param token       the OAuth token
     * @param tokenSecret the OAuth token secret
     */
    public record Login(String nsid, String username, String permission, Secret token, Secret tokenSecret) {
        public Login {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(tokenSecret, "tokenSecret");
        }

        /** Whether the token can write captions (write or delete permission). */
        public boolean canWrite() {
            return "write".equals(permission) || "delete".equals(permission);
        }
    }

    private final AccountConfig account;
    private final ConnectorRuntime runtime;
    private final OAuth10aService oauth;

    public FlickrAuthorization(AccountConfig account, ConnectorRuntime runtime) {
        this.account = Objects.requireNonNull(account, "account");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        if (account.credentials().get(FlickrPlatform.API_KEY) == null || account.credentials().get(FlickrPlatform.API_SECRET) == null) {
            throw new IllegalArgumentException("account " + account.id()
                    + ": flickr needs credentials.api-key and credentials.api-secret before `auth flickr`");
        }
        JDKHttpClientConfig http = JDKHttpClientConfig.defaultConfig()
                .withConnectTimeout((int) runtime.connectTimeout().toMillis())
                .withReadTimeout((int) runtime.readTimeout().toMillis());
        this.oauth = new ServiceBuilder(account.credentials().get(FlickrPlatform.API_KEY).reveal())
                .apiSecret(account.credentials().get(FlickrPlatform.API_SECRET).reveal()).callback("oob").httpClientConfig(http)
                .build(new Endpoints(oauthBase(account.apiBaseUrl())));
    }

    private static String oauthBase(URI apiBaseUrl) {
        return apiBaseUrl == null ? "https://www.flickr.com" : apiBaseUrl.toString().replaceAll("/+$", "");
    }

    /** Gets a request token; the URL asks for write permission. */
    public Pending start() throws ConnectorException {
        OAuth1RequestToken token = exchange("getting a request token", oauth::getRequestToken);
        return new Pending(token, oauth.getAuthorizationUrl(token) + "&perms=write");
    }

    /** Trades the verifier the user copied from Flickr for an access token, then verifies it. */
    public Login finish(Pending pending, String verifier) throws ConnectorException {
        String code = verifier.trim();
        OAuth1AccessToken token = exchange("exchanging the verifier",
                () -> oauth.getAccessToken(pending.requestToken, code));
        return verify(Secret.of(token.getToken()), Secret.of(token.getTokenSecret()));
    }

    /** Checks a token: {@code flickr.test.login} for the user, {@code flickr.auth.oauth.checkToken} for the perms. */
    public Login verify(Secret token, Secret tokenSecret) throws ConnectorException {
        Flickr flickr = new Flickr(account.credentials().get(FlickrPlatform.API_KEY).reveal(), account.credentials().get(FlickrPlatform.API_SECRET).reveal(),
                FlickrPhotoSource.transport(account.apiBaseUrl(), runtime));
        FlickrCalls calls = new FlickrCalls(account.id(), token, tokenSecret, CallBudget.flickrDefault(runtime.clock()),
                NetworkFailure.endpoint(account.apiBaseUrl(), FlickrPhotoSource.API_HOST));
        User user = calls.call(Operation.VERIFY, null, () -> flickr.getTestInterface().login());
        Auth auth = calls.call(Operation.VERIFY, null,
                () -> flickr.getAuthInterface().checkToken(token.reveal(), tokenSecret.reveal()));
        String permission = auth.getPermission() == null ? "none" : auth.getPermission().toString().toLowerCase();
        return new Login(user.getId(), user.getUsername(), permission, token, tokenSecret);
    }

    /** A scribejava call that may fail with I/O or an OAuth refusal. */
    @FunctionalInterface
    private interface Exchange<T> {
        T run() throws IOException, InterruptedException, ExecutionException;
    }

    private <T> T exchange(String what, Exchange<T> exchange) throws ConnectorException {
        try {
            return exchange.run();
        } catch (IOException | ExecutionException e) {
            throw failure(Action.RETRY_LATER, "Flickr OAuth failed while " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(Action.RETRY_LATER, "interrupted while " + what, e);
        } catch (RuntimeException e) {
            throw failure(Action.PAUSE_ACCOUNT, "Flickr refused the OAuth step " + what + " (" + e.getMessage()
                    + "); check api-key/api-secret and that the verifier was typed correctly", e);
        }
    }

    private ConnectorException failure(Action action, String problem, Throwable cause) {
        return new ConnectorException(FlickrCalls.PLATFORM, account.id(), Operation.VERIFY, null, action, null,
                problem, cause);
    }

    /** Flickr's OAuth 1.0a endpoints under a base URL. */
    private static final class Endpoints extends DefaultApi10a {
        private final String base;

        Endpoints(String base) {
            this.base = base;
        }

        @Override
        public String getRequestTokenEndpoint() {
            return base + "/services/oauth/request_token";
        }

        @Override
        public String getAccessTokenEndpoint() {
            return base + "/services/oauth/access_token";
        }

        @Override
        protected String getAuthorizationBaseUrl() {
            return base + "/services/oauth/authorize";
        }
    }
}
