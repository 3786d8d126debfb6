package dev.autocaption.simulator.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autocaption.simulator.Fault;
import dev.autocaption.testing.SharedFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GraphSimulatorTest {

    private final GraphSimulator sim = GraphSimulator.start("777");
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        sim.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sim.baseUri() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void photoListHasTheShapeOfTheRecordedConnectionAndPhoto() throws Exception {
        sim.grantPageToken("t", GraphSimulator.PAGE_PERMISSIONS);
        sim.addPhoto(GraphPhotoSeed.of(Instant.parse("2025-01-01T00:00:00Z")).inAlbum("9"));
        sim.addPhoto(GraphPhotoSeed.of(Instant.parse("2025-01-02T00:00:00Z")));

        JsonNode ours = json.readTree(get("/v22.0/777/photos?type=uploaded&limit=1&access_token=t").body());
        JsonNode connection = json.readTree(SharedFixtures.read("facebook/connection-with-cursor.json"));
        JsonNode photo = json.readTree(SharedFixtures.read("facebook/v2_5/photo-withAlbum.json"));

        assertThat(names(ours.get("paging"))).containsAll(names(connection.get("paging")));
        assertThat(names(ours.get("paging").get("cursors"))).isEqualTo(names(connection.get("paging").get("cursors")));
        JsonNode first = ours.get("data").get(0);
        assertThat(first.get("created_time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000");
        assertThat(photo.get("created_time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000");
        assertThat(names(first.get("images").get(0))).isEqualTo(names(photo.get("images").get(0)));
        assertThat(ours.get("paging").get("next").asText()).startsWith(sim.baseUri() + "/v22.0/777/photos?");
    }

    @Test
    void tokensArePageScopedAndDescribedByDebugToken() throws Exception {
        sim.grantPageToken("t", Set.of("pages_read_engagement"));

        JsonNode debug = json.readTree(get("/v22.0/debug_token?input_token=t&access_token=t").body()).get("data");
        JsonNode me = json.readTree(get("/v22.0/me?access_token=t").body());
        HttpResponse<String> unknown = get("/v22.0/me?access_token=nope");

        assertThat(debug.get("type").asText()).isEqualTo("PAGE");
        assertThat(debug.get("profile_id").asText()).isEqualTo("777");
        assertThat(debug.get("scopes").get(0).asText()).isEqualTo("pages_read_engagement");
        assertThat(me.get("id").asText()).isEqualTo("777");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).get("error").get("code").asInt()).isEqualTo(190);
    }

    @Test
    void faultsCarryTheUsageHeadersToo() throws Exception {
        sim.grantPageToken("t", GraphSimulator.PAGE_PERMISSIONS);
        sim.setUsage(90, 100, 5);
        sim.faults().once("me", new Fault.GraphError(400, "OAuthException", 80001, null, "too many calls", true));

        HttpResponse<String> response = get("/v22.0/me?access_token=t");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-business-use-case-usage").orElseThrow())
                .contains("\"estimated_time_to_regain_access\":5");
        assertThat(response.headers().firstValue("x-app-usage").orElseThrow()).contains("\"call_count\":90");
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
