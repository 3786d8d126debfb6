package dev.autocaption.bot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.simulator.facebook.GraphPhotoSeed;
import dev.autocaption.simulator.facebook.GraphSimulator;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.simulator.flickr.FlickrSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Distinctive canary credentials in the config never appear in anything the real command line prints or writes:
 * stdout, stderr, the log file (at -v), {@code history}, {@code accounts}, {@code status}, {@code queue}, a
 * {@code db backup}, the store's own files, or an error after the tokens were revoked and expired mid-run.
 */
class SecretsCanaryTest {
    private static final String FLICKR_KEY = "CanaryKey4Qx9Zt";
    private static final String FLICKR_SECRET = "CanarySecret7Wm2Lp";
    private static final String FLICKR_TOKEN = "72157799999999999-CanaryToken3Hv8";
    private static final String FLICKR_TOKEN_SECRET = "CanaryTokenSecret5Rb1";
    private static final String PAGE_TOKEN = "EAACanaryPageToken6Nd0Yk";
    private static final String PAGE_ID = "4242424242";
    private static final List<String> CANARIES = List.of(FLICKR_KEY, FLICKR_SECRET, FLICKR_TOKEN,
            FLICKR_TOKEN_SECRET, PAGE_TOKEN);

    @TempDir
    Path dir;

    @Test
    void canaryCredentialsAppearInNoOutputLogBackupOrStoreFile() throws Exception {
        try (FlickrSimulator flickr = FlickrSimulator.start(FLICKR_KEY, FLICKR_SECRET, Clock.systemUTC());
             GraphSimulator graph = GraphSimulator.start(PAGE_ID)) {
            flickr.grant(FLICKR_TOKEN, FLICKR_TOKEN_SECRET, "write");
            graph.grantPageToken(PAGE_TOKEN, GraphSimulator.PAGE_PERMISSIONS);
            Instant uploaded = Instant.parse("2026-01-02T10:00:00Z");
            for (int i = 0; i < 3; i++) {
                flickr.addPhoto(FlickrPhotoSeed.of("photo " + i, uploaded.plusSeconds(i)).withSize(400 + i, 300));
                graph.addPhoto(GraphPhotoSeed.of(uploaded.plusSeconds(i)).withSize(500 + i, 300));
            }
            Path config = writeConfig(flickr, graph);
            Path log = dir.resolve("autocaption.log");
            Path backup = dir.resolve("backup.sql");
            ChildCli cli = new ChildCli(dir, Map.of("CANARY_PAGE_TOKEN", PAGE_TOKEN));
            List<ChildCli.Result> results = new ArrayList<>();
            String c = config.toString();

            results.add(cli.run("--config", c, "config", "check"));
            results.add(cli.run("--config", c, "-v", "--log-file", log.toString(), "run", "--once"));
            flickr.revoke(FLICKR_TOKEN);
            graph.expireToken(PAGE_TOKEN);
            flickr.addPhoto(FlickrPhotoSeed.of("late", uploaded.plusSeconds(60)).withSize(450, 300));
            results.add(cli.run("--config", c, "-v", "--log-file", log.toString(), "run", "--once"));
            for (String[] command : List.of(new String[] {"history", "--format", "json"}, new String[] {"history"},
                    new String[] {"accounts"}, new String[] {"status"}, new String[] {"queue"},
                    new String[] {"db", "backup", backup.toString()})) {
                results.add(cli.run(concat(new String[] {"--config", c, "-v"}, command)));
            }

            assertThat(results.get(0).exitCode()).as(results.get(0).both()).isZero();
            assertThat(results.get(1).both()).contains("flickr-main: run");
            assertThat(results.get(2).both()).contains("paused");
            assertThat(results.get(results.size() - 1).exitCode()).as(results.get(results.size() - 1).both())
                    .isZero();
            for (ChildCli.Result result : results) {
                assertNoCanary("command output", result.both());
            }
            assertThat(log).exists();
            assertNoCanary("log file", Files.readString(log, StandardCharsets.UTF_8));
            assertNoCanary("db backup", Files.readString(backup, StandardCharsets.UTF_8));
            for (Path file : storeFiles()) {
                assertNoCanary("store file " + file.getFileName(), new String(Files.readAllBytes(file),
                        StandardCharsets.ISO_8859_1));
            }
        }
    }

    private Path writeConfig(FlickrSimulator flickr, GraphSimulator graph) throws IOException {
        Path config = dir.resolve("autocaption.yaml");
        Files.writeString(config, """
                store:
                  url: "jdbc:h2:file:%s"
                review:
                  mode: hybrid
                  approvals-file: "%s"
                accounts:
                  - id: flickr-main
                    type: flickr
                    api-base-url: "%s"
                    since: 2026-01-01T00:00:00Z
                    allow-demo-model: true
                    credentials:
                      api-key: %s
                      api-secret: %s
                      token: %s
                      token-secret: %s
                    credentials-file: "%s"
                  - id: fb-shop
                    type: facebook-page
                    api-base-url: "%s"
                    page-id: "%s"
                    since: 2026-01-01T00:00:00Z
                    allow-demo-model: true
                    credentials:
                      access-token: ${CANARY_PAGE_TOKEN}
                """.formatted(dir.resolve("db/autocaption"), dir.resolve("approvals.yaml"), flickr.baseUri(),
                FLICKR_KEY, FLICKR_SECRET, FLICKR_TOKEN, FLICKR_TOKEN_SECRET, dir.resolve("flickr.token"),
                graph.baseUri(), PAGE_ID));
        return config;
    }

    private List<Path> storeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("db"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static void assertNoCanary(String where, String text) {
        for (String canary : CANARIES) {
            assertThat(text).as(where + " must not contain a credential").doesNotContain(canary);
        }
    }

    private static String[] concat(String[] first, String[] second) {
        return Stream.concat(Stream.of(first), Stream.of(second)).toArray(String[]::new);
    }
}
