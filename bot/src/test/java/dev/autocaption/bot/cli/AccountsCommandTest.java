package dev.autocaption.bot.cli;

import dev.autocaption.bot.connector.facebook.FacebookPlatform;
import dev.autocaption.bot.connector.flickr.FlickrPlatform;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.DiscoveredPhoto;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsCommandTest {
    private static final Instant UPLOADED = Instant.parse("2026-11-25T08:00:00Z");

    @TempDir
    Path dir;
    private Path config;
    private String url;

    @BeforeEach
    void writeConfig() throws Exception {
        url = "jdbc:h2:file:" + dir.resolve("data/autocaption");
        config = Files.writeString(dir.resolve("autocaption.yaml"), """
                store:
                  url: "%s"
                accounts:
                  - id: flickr-main
                    type: flickr
                    credentials: { api-key: k, api-secret: s }
                  - id: page-main
                    type: facebook-page
                    page-id: "123"
                    credentials: { access-token: t }
                """.formatted(url));
    }

    private CliRun run(String... args) {
        List<String> full = new java.util.ArrayList<>(List.of(args));
        full.addAll(List.of("--config", config.toString()));
        return CliRun.of(dir, full.toArray(String[]::new));
    }

    private void seed() {
        try (Database database = Database.open(new StoreConfig(url), CliRun.CLOCK)) {
            database.useTransaction(tx -> {
                tx.accounts().upsert("flickr-main", FlickrPlatform.TYPE);
                tx.accounts().recordPoll("flickr-main");
                tx.pollCursors().save("flickr-main", PollCursor.startingAt(UPLOADED).toToken());
                tx.photos().insertIfAbsent(new DiscoveredPhoto("flickr-main", "101", "http://x/1.jpg", UPLOADED,
                        "Beach", null, List.of()));
                Photo queued = tx.photos().insertIfAbsent(new DiscoveredPhoto("flickr-main", "102", "http://x/2.jpg",
                        UPLOADED, "Dog", null, List.of())).photo();
                tx.photos().transition(queued.id(), PhotoState.DISCOVERED, PhotoState.CAPTIONED, null);
                tx.photos().transition(queued.id(), PhotoState.CAPTIONED, PhotoState.QUEUED, "band");
                tx.accounts().upsert("page-main", FacebookPlatform.PAGE);
                tx.accounts().backOff("page-main", CliRun.CLOCK.instant().plusSeconds(720), "HTTP 503");
                tx.accounts().upsert("old-one", FlickrPlatform.TYPE);
            });
        }
    }

    @Test
    void listsStatusReasonLastPollCursorQueueAndBacklog() {
        seed();

        CliRun run = run("accounts");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        List<String> lines = run.out().lines().map(String::strip).toList();
        assertThat(lines.get(0)).containsPattern("ACCOUNT +TYPE +STATUS +LAST POLL +CURSOR +QUEUED +BACKLOG +REASON");
        assertThat(lines.get(1)).matches("flickr-main +flickr +ok +just now +2026-11-25 08:00 +1 +1 +-");
        assertThat(lines.get(2)).matches("page-main +facebook-page +backoff +- +- +0 +0 +until 12:12 \\(in 12 min\\): "
                + "HTTP 503");
        assertThat(lines.get(3)).startsWith("old-one").contains("not in the configuration any more");
        assertThat(run.out()).doesNotContain("never polled");
    }

    @Test
    void accountsNeverPolledAreShownAsNew() {
        run("db", "migrate");

        CliRun run = run("accounts");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).containsPattern("flickr-main +flickr +new +- +- +0 +0 +never polled");
    }

    @Test
    void accountsAndStatusReadTheSameRowInJson() throws Exception {
        seed();

        JsonNode accounts = new ObjectMapper().readTree(run("accounts", "--format", "json").out());
        JsonNode status = new ObjectMapper().readTree(run("status", "--format", "json").out());

        JsonNode flickr = accounts.get(0);
        assertThat(flickr.get("account").asText()).isEqualTo("flickr-main");
        assertThat(flickr.get("queued").asInt()).isEqualTo(1);
        assertThat(flickr.get("backlog").asInt()).isEqualTo(1);
        assertThat(flickr.get("last_poll").asText()).isEqualTo("2026-11-26T12:00:00Z");
        assertThat(flickr.get("cursor").asText()).isEqualTo("2026-11-25T08:00:00Z");
        assertThat(accounts.get(1).get("backoff_until").asText()).isEqualTo("2026-11-26T12:12:00Z");
        assertThat(status.get("daemon").get("running").asBoolean()).isFalse();
        assertThat(status.get("accounts").get(0).get("queued")).isEqualTo(flickr.get("queued"));
        assertThat(status.get("accounts").get(0).get("backlog")).isEqualTo(flickr.get("backlog"));
        assertThat(status.get("accounts").get(0).get("next_cycle").isNull()).isTrue();
    }

    @Test
    void statusWithoutADaemonShowsNoNextCycle() {
        seed();

        CliRun status = run("status");

        assertThat(status.out()).startsWith("daemon: not running\n").doesNotContain("NEXT CYCLE")
                .containsPattern("flickr-main +ok +1 +1 ");
    }

    @Test
    void bothCommandsDefineBacklogInTheirHelp() {
        assertThat(run("accounts", "--help").out().replaceAll("\\s+", " ")).contains(AccountRows.LEGEND);
        assertThat(run("status", "--help").out().replaceAll("\\s+", " ")).contains(AccountRows.LEGEND);
    }
}
