package dev.autocaption.simulator.flickr;

import static org.assertj.core.api.Assertions.assertThat;

import com.flickr4java.flickr.Flickr;
import com.flickr4java.flickr.FlickrException;
import com.flickr4java.flickr.REST;
import com.flickr4java.flickr.RequestContext;
import com.flickr4java.flickr.auth.Auth;
import com.flickr4java.flickr.people.User;
import dev.autocaption.simulator.RecordedRequest;
import dev.autocaption.testing.SharedFixtures;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class FlickrSimulatorTest {

    private final FlickrSimulator sim = FlickrSimulator.start("key", "secret", Clock.systemUTC());
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        sim.close();
        RequestContext.getRequestContext().setAuth(null);
    }

    private Flickr flickr() {
        REST rest = new REST("127.0.0.1:" + sim.baseUri().getPort());
        rest.setScheme("http");
        rest.setPort(0);
        return new Flickr("key", "secret", rest);
    }

    private void signIn(String token) {
        Auth auth = new Auth();
        auth.setToken(token);
        auth.setTokenSecret("ts");
        RequestContext.getRequestContext().setAuth(auth);
    }

    private String get(String pathAndQuery, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.baseUri() + pathAndQuery));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void outOfBandOAuthDanceGrantsAWorkingToken() throws Exception {
        String requestToken = get("/services/oauth/request_token",
                "OAuth oauth_consumer_key=\"key\", oauth_callback=\"oob\", oauth_signature=\"x\"");
        String rt = form(requestToken).get("oauth_token");
        String page = get("/services/oauth/authorize?oauth_token=" + rt + "&perms=write", null);
        Matcher verifier = Pattern.compile("id=\"verifier\">([0-9-]+)<").matcher(page);
        assertThat(verifier.find()).isTrue();
        String access = get("/services/oauth/access_token", "OAuth oauth_consumer_key=\"key\", oauth_token=\"" + rt
                + "\", oauth_verifier=\"" + verifier.group(1) + "\", oauth_signature=\"x\"");
        signIn(form(access).get("oauth_token"));

        User user = flickr().getTestInterface().login();

        assertThat(form(access)).containsEntry("user_nsid", "12345678@N00").containsKey("oauth_token_secret");
        assertThat(user.getUsername()).isEqualTo("autocaption-demo");
        assertThat(sim.requests()).extracting(RecordedRequest::operation).containsExactly("oauth.request_token",
                "oauth.authorize", "oauth.access_token", "flickr.test.login");
    }

    @Test
    void callsWithoutATokenOrWithAnotherKeyAreRefusedAsFlickrDoes() throws Exception {
        String unsigned = get("/services/rest/?method=flickr.test.login&api_key=key", null);
        String wrongKey = get("/services/rest/?method=flickr.test.login&api_key=other", null);
        signIn("unknown");

        FlickrException revoked = org.assertj.core.api.Assertions.catchThrowableOfType(FlickrException.class,
                () -> flickr().getTestInterface().login());

        assertThat(unsigned).contains("stat=\"fail\"").contains("code=\"99\"");
        assertThat(wrongKey).contains("code=\"100\"");
        assertThat(revoked.getErrorCode()).isEqualTo("98");
    }

    @Test
    void getSizesUsesTheLabelsOfTheRecordedResponse() throws Exception {
        String id = sim.addPhoto(FlickrPhotoSeed.of("t", Instant.parse("2025-01-01T00:00:00Z")).withSize(4000, 3000));
        sim.grant("tok", "ts", "read");

        String ours = get("/services/rest/?method=flickr.photos.getSizes&photo_id=" + id,
                "OAuth oauth_consumer_key=\"key\", oauth_token=\"tok\", oauth_signature=\"x\"");
        Set<String> recorded = attributeValues(SharedFixtures.read("flickr/get/flickr.photos.getSizes.xml"), "label");
        recorded.add("Large 2048"); // the recorded photo is smaller than 2048 px; Flickr4Java 3.0.9 knows the label

        assertThat(recorded).containsAll(attributeValues(ours, "label"));
        assertThat(attributeValues(ours, "label")).contains("Large 1600", "Large 2048", "Original");
    }

    @Test
    void getInfoHasTheElementsOfTheRecordedResponse() throws Exception {
        String id = sim.addPhoto(FlickrPhotoSeed.of("Robot", Instant.parse("2025-01-01T00:00:00Z"))
                .withDescription("Description").withTags("green"));
        sim.grant("tok", "ts", "read");

        String ours = get("/services/rest/?method=flickr.photos.getInfo&photo_id=" + id,
                "OAuth oauth_consumer_key=\"key\", oauth_token=\"tok\", oauth_signature=\"x\"");
        Set<String> recorded = childNames(SharedFixtures.read("flickr/get/flickr.photos.getInfo.xml"));

        assertThat(recorded).containsAll(childNames(ours));
        assertThat(childNames(ours)).contains("owner", "title", "description", "visibility", "dates", "tags");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new java.util.HashMap<>();
        dev.autocaption.simulator.LoopbackServer.addForm(body.trim(), values);
        return values;
    }

    private static Set<String> attributeValues(String xml, String attribute) throws Exception {
        Set<String> values = new HashSet<>();
        var nodes = parse(xml).getElementsByTagName("*");
        for (int i = 0; i < nodes.getLength(); i++) {
            String value = ((Element) nodes.item(i)).getAttribute(attribute);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    private static Set<String> childNames(String xml) throws Exception {
        Element photo = (Element) parse(xml).getElementsByTagName("photo").item(0);
        Set<String> names = new HashSet<>();
        for (Node child = photo.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                names.add(element.getTagName());
            }
        }
        return names;
    }

    private static Element parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }
}
