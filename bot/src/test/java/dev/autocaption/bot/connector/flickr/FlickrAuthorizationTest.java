package dev.autocaption.bot.connector.flickr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.config.Credentials;
import dev.autocaption.config.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlickrAuthorizationTest {

    @TempDir
    Path dir;
    private FlickrHarness h;

    @BeforeEach
    void start() {
        h = new FlickrHarness(dir);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    /** What the user does in the browser: open the URL, approve, copy the code. */
    private static String approve(String url) throws Exception {
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher code = Pattern.compile("id=\"verifier\">([0-9-]+)<").matcher(page);
        return code.find() ? code.group(1) : "no verifier in " + page;
    }

    @Test
    void outOfBandFlowGetsAWriteTokenThatPollingThenUses() throws Exception {
        var account = TestAccounts.withCredentials(h.account(), FlickrPlatform.credentials(Secret.of(TestAccounts.FLICKR_KEY),
                Secret.of(TestAccounts.FLICKR_SECRET), null, null));
        FlickrAuthorization auth = new FlickrAuthorization(account, h.runtime);

        FlickrAuthorization.Pending pending = auth.start();
        FlickrAuthorization.Login login = auth.finish(pending, " " + approve(pending.authorizationUrl()) + "\n");
        FlickrTokenFile.write(h.tokenFile, login.token(), login.tokenSecret());
        h.sim.addPhoto(FlickrPhotoSeed.of("t", Instant.parse("2025-01-01T00:00:00Z")));

        assertThat(pending.authorizationUrl()).startsWith(h.sim.baseUri() + "/services/oauth/authorize?oauth_token=")
                .endsWith("&perms=write");
        assertThat(login.username()).isEqualTo("autocaption-demo");
        assertThat(login.nsid()).isEqualTo("12345678@N00");
        assertThat(login.permission()).isEqualTo("write");
        assertThat(login.canWrite()).isTrue();
        assertThat(login.toString()).doesNotContain(login.token().reveal());
        assertThat(h.source(account).poll(PollCursor.startingAt(Instant.EPOCH)).photos()).hasSize(1);
        assertThat(h.sim.requests()).extracting(r -> r.operation()).contains("oauth.request_token",
                "oauth.access_token", "flickr.test.login", "flickr.auth.oauth.checkToken");
    }

    @Test
    void aWrongVerifierIsReportedWithoutStoringAnything() throws Exception {
        FlickrAuthorization auth = new FlickrAuthorization(h.account(), h.runtime);
        FlickrAuthorization.Pending pending = auth.start();
        approve(pending.authorizationUrl());

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> auth.finish(pending, "000-000-000"));

        assertThat(e.operation()).isEqualTo(ConnectorException.Operation.VERIFY);
        assertThat(e.getMessage()).contains("exchanging the verifier");
    }

    @Test
    void verifyReportsAReadOnlyToken() throws Exception {
        h.sim.grant("read-token", "read-secret", "read");

        FlickrAuthorization.Login login = new FlickrAuthorization(h.account(), h.runtime)
                .verify(Secret.of("read-token"), Secret.of("read-secret"));

        assertThat(login.permission()).isEqualTo("read");
        assertThat(login.canWrite()).isFalse();
    }
}
