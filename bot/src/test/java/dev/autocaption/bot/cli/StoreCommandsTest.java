package dev.autocaption.bot.cli;

import dev.autocaption.bot.connector.flickr.FlickrPlatform;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.config.Engine;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.store.CaptionCandidate;
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

class StoreCommandsTest {
    @TempDir
    Path dir;
    private Path config;
    private String url;

    @BeforeEach
    void writeConfig() throws Exception {
        url = "jdbc:h2:file:" + dir.resolve("data/autocaption");
        config = Files.writeString(dir.resolve("autocaption.yaml"), "store:\n  url: \"" + url + "\"\n");
    }

    private CliRun run(String... args) {
        return CliRun.of(dir, args);
    }

    private void seedTwoPhotos() {
        try (Database database = Database.open(new StoreConfig(url), CliRun.CLOCK)) {
            database.useTransaction(tx -> {
                tx.accounts().upsert("flickr-main", FlickrPlatform.TYPE);
                Photo queued = tx.photos().insertIfAbsent(new DiscoveredPhoto("flickr-main", "101", "http://x/1.jpg",
                        Instant.parse("2026-11-20T10:00:00Z"), "Beach", null, List.of())).photo();
                tx.captions().saveCandidates(queued.id(), List.of(new CaptionCandidate(1, "A dog on a beach, running.",
                        List.of("a", "dog", "on", "a", "beach", "running"), -2.0, 0.135, 0.71, "demo-1",
                        Engine.SHOW_AND_TELL)));
                tx.photos().transition(queued.id(), PhotoState.DISCOVERED, PhotoState.CAPTIONED, null);
                tx.photos().transition(queued.id(), PhotoState.CAPTIONED, PhotoState.QUEUED, "band");
                Photo skipped = tx.photos().insertIfAbsent(new DiscoveredPhoto("flickr-main", "102", "http://x/2.jpg",
                        Instant.parse("2026-11-21T10:00:00Z"), "Cat", "My cat", List.of())).photo();
                tx.photos().transition(skipped.id(), PhotoState.DISCOVERED, PhotoState.SKIPPED, "human text present");
            });
        }
    }

    @Test
    void readCommandsOnAMissingStoreSaySoAndCreateNothing() {
        Path file = dir.resolve("data/autocaption.mv.db");
        String message = "no store at " + file + " (store.url " + url + "); 'autocaption run' or 'autocaption db "
                + "migrate' creates it. Relative store paths resolve against the config file's directory.\n";

        for (String command : List.of("history", "queue", "accounts", "status", "db info")) {
            List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
            args.addAll(List.of("--config", config.toString()));
            CliRun run = run(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.STORE);
            assertThat(run.err()).as(command).isEqualTo(message);
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void aRelativeStoreUrlFollowsTheConfigFileFromAnyWorkingDirectory() throws Exception {
        Path etc = Files.createDirectories(dir.resolve("etc"));
        Path relative = Files.writeString(etc.resolve("autocaption.yaml"), "store:\n  url: jdbc:h2:file:./data/ac\n");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

        CliRun migrate = CliRun.of(etc, "db", "migrate");
        CliRun history = CliRun.of(elsewhere, "history", "--config", relative.toString());

        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(etc.resolve("data/ac.mv.db")).exists();
        assertThat(elsewhere.resolve("data")).doesNotExist();
    }

    @Test
    void migrateCreatesTheStoreAndThenReportsItUpToDate() {
        CliRun first = run("db", "migrate", "--config", config.toString());
        CliRun second = run("db", "migrate", "--config", config.toString());

        assertThat(first.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(first.out()).contains("applied", "schema version");
        assertThat(second.out()).contains("already up to date");
    }

    @Test
    void infoListsMigrationsAndPhotoCounts() {
        seedTwoPhotos();

        CliRun run = run("db", "info", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("schema version: ", "VERSION", "Success").containsPattern("queued +1")
                .containsPattern("total +2");
    }

    @Test
    void historyOnAnEmptyStorePrintsOnlyTheCsvHeader() {
        run("db", "migrate", "--config", config.toString());
        CliRun run = run("history", "--format", "csv", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo(String.join(",", HistoryCommand.COLUMNS) + "\r\n");
    }

    @Test
    void historyCsvQuotesCaptionsWithCommas() {
        seedTwoPhotos();

        CliRun run = run("history", "--format", "csv", "--status", "queued", "--config", config.toString());

        assertThat(run.out().split("\r\n")).hasSize(2);
        assertThat(run.out()).contains("flickr-main/101,queued,band,\"A dog on a beach, running.\",0.710,");
    }

    @Test
    void historyFiltersByTextAndPrintsJson() {
        seedTwoPhotos();

        CliRun run = run("history", "--format", "json", "--contains", "my CAT", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("\"photo\" : \"flickr-main/102\"", "\"reason\" : \"human text present\"")
                .doesNotContain("flickr-main/101");
    }

    @Test
    void historyTableShowsStateAndCaption() {
        seedTwoPhotos();

        CliRun run = run("history", "--config", config.toString());

        assertThat(run.out()).contains("PHOTO", "flickr-main/101", "queued", "A dog on a beach, running.");
    }

    @Test
    void anUnknownStatusIsAUsageErrorListingTheStates() {
        CliRun run = run("history", "--status", "postd", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--status: unknown photo state postd, expected one of [discovered,");
    }

    @Test
    void aBadSinceValueSaysWhatItExpects() {
        CliRun run = run("history", "--since", "last tuesday", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--since: expected a date (2026-11-01), an instant (2026-11-01T10:00:00Z) "
                + "or an age (30s, 15m, 1h30m, 2d or PT15M), was last tuesday");
    }

    @Test
    void backupWritesACopyThatRestoresIntoANewStore() throws Exception {
        seedTwoPhotos();
        Path backup = dir.resolve("backup.sql");

        CliRun backupRun = run("db", "backup", backup.toString(), "--config", config.toString());
        Path restoredConfig = Files.writeString(dir.resolve("restored.yaml"),
                "store:\n  url: \"jdbc:h2:file:" + dir.resolve("restored/db") + "\"\n");
        CliRun restoreRun = run("db", "restore", backup.toString(), "--config", restoredConfig.toString());
        CliRun history = run("history", "--format", "csv", "--config", restoredConfig.toString());

        assertThat(backupRun.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(restoreRun.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(history.out()).contains("flickr-main/101", "flickr-main/102");
    }

    @Test
    void backupRefusesToOverwriteWithoutForce() throws Exception {
        Path backup = Files.writeString(dir.resolve("backup.sql"), "keep me");

        CliRun run = run("db", "backup", backup.toString(), "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.STORE);
        assertThat(Files.readString(backup)).isEqualTo("keep me");
    }

    @Test
    void aSecondProcessCanReadTheStoreWhileTheFirstHoldsItOpen() {
        seedTwoPhotos();
        try (Database holder = Database.open(new StoreConfig(url), CliRun.CLOCK)) {
            CliRun run = run("history", "--format", "csv", "--config", config.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("flickr-main/101");
        }
    }
}
