package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.config.AccountType;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.DiscoveredPhoto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsCommandTest {
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

    @Test
    void listsStatusReasonLastPollCursorAndBacklog() {
        try (Database database = Database.open(new StoreConfig(url), CliRun.CLOCK)) {
            database.useTransaction(tx -> {
                tx.accounts().upsert("flickr-main", AccountType.FLICKR);
                tx.accounts().recordPoll("flickr-main");
                tx.pollCursors().save("flickr-main",
                        PollCursor.startingAt(Instant.parse("2026-11-25T08:00:00Z")).toToken());
                tx.photos().insertIfAbsent(new DiscoveredPhoto("flickr-main", "101", "http://x/1.jpg",
                        Instant.parse("2026-11-25T08:00:00Z"), "Beach", null, List.of()));
                tx.accounts().upsert("page-main", AccountType.FACEBOOK_PAGE);
                tx.accounts().pause("page-main", "token expired; run autocaption auth facebook --account page-main");
                tx.accounts().upsert("old-one", AccountType.FLICKR);
            });
        }

        CliRun run = CliRun.of(dir, "accounts", "--config", config.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        List<String> lines = run.out().lines().map(String::strip).toList();
        assertThat(lines.get(0)).startsWith("ACCOUNT").contains("STATUS", "REASON", "LAST POLL", "CURSOR", "BACKLOG");
        assertThat(lines.get(1)).startsWith("flickr-main").contains("flickr", "ok", "2026-11-26T12:00:00Z",
                "2026-11-25T08:00:00Z").endsWith("1");
        assertThat(lines.get(2)).startsWith("page-main").contains("facebook-page", "paused", "token expired")
                .endsWith("0");
        assertThat(lines.get(3)).startsWith("old-one").contains("not in the configuration any more");
    }

    @Test
    void accountsNeverPolledAreShownAsNew() {
        CliRun.of(dir, "db", "migrate", "--config", config.toString());
        CliRun run = CliRun.of(dir, "accounts", "--config", config.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("new").contains("never polled");
    }
}
