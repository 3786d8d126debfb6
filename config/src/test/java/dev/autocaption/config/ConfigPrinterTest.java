package dev.autocaption.config;

import dev.autocaption.testing.TestPlatforms;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigPrinterTest {
    private static final String FULL = """
            store: { url: "jdbc:h2:mem:printer" }
            model: { engine: detector, path: /opt/models/nanodet, vocab: labels.txt, device: cpu, beam-size: 5,
                     jpeg-dct: fast, exif-orientation: false }
            filter: { post-above: 0.75, drop-below: 0.25, min-words: 2, blocklist: [ "true", "123", "a: b" ] }
            review: { mode: auto }
            schedule: { cron: "0 0/30 * * * ?" }
            web: { enabled: true, bind: 127.0.0.1, port: 9000, thumbnails: /srv/autocaption/thumbnails }
            accounts:
              - id: flickr-main
                type: flickr
                api-base-url: http://127.0.0.1:8089/services/rest/
                since: 2026-03-01T12:00:00+02:00
                backfill: true
                write: append
                write-template: "{caption} ($$1 bot)"
                include-private: true
                opt-out-tag: "no"
                exclude-albums: [ 72157600000000001, "set-2" ]
                max-image-size: 1024
                allow-demo-model: true
                credentials: { api-key: k, api-secret: s, token: t }
                credentials-file: tokens/flickr.yaml
                filter: { min-words: 5 }
              - id: my-page
                type: facebook-page
                page-id: 123456789012345
                credentials: { access-token: EAAG }
                schedule: { interval: 2h }
              - id: photos
                type: folder
                root: %s
                include: [ "**/*.jpg" ]
                exclude: [ "**/private/**" ]
                sidecar-name: replace-extension
                embed: true
            """.formatted(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());

    @Test
    void printsEveryKeyWithTheDefaultsInEffect() throws Exception {
        assertThat(ConfigPrinter.toYaml(TestConfigs.parse(""), TestPlatforms.ALL)).isEqualTo("""
                store:
                  url: jdbc:h2:file:/srv/autocaption/data/autocaption
                  user: null
                  password: null
                  pool-size: 10
                model:
                  engine: show-and-tell
                  path: /srv/autocaption/models/demo
                  vocab: null
                  device: auto
                  beam-size: 3
                  max-length: 20
                  batch-size: 8
                  length-normalization: 0.0
                  intra-op-threads: 0
                  inter-op-threads: 0
                  max-image-pixels: 100000000
                  detector-threshold: 0.5
                  jpeg-dct: accurate
                  exif-orientation: true
                  precision: auto
                filter:
                  post-above: 0.7
                  drop-below: 0.5
                  min-words: 3
                  blocklist: []
                  hedge-middle-band: false
                review:
                  mode: review
                  approvals-file: /srv/autocaption/approvals.yaml
                schedule:
                  interval: 15m
                  cron: null
                web:
                  enabled: false
                  bind: 127.0.0.1
                  port: 8080
                  token: null
                  thumbnails: null
                retry:
                  photo-attempts: 5
                  photo-timeout: 2m
                cluster:
                  enabled: false
                  check-in-interval: 15s
                  instance-id: null
                  roles:
                    - poll
                    - caption
                    - post
                accounts: []
                """);
    }

    @Test
    void printsEveryAccountKeyWithCredentialsMasked() throws Exception {
        String printed = ConfigPrinter.toYaml(TestConfigs.parse(FULL), TestPlatforms.ALL);

        assertThat(printed).contains("""
                    credentials:
                      api-key: '********'
                      api-secret: '********'
                      token: '********'
                      token-secret: null
                """, """
                    credentials:
                      access-token: '********'
                      app-secret: null
                """);
        for (String key : AccountParser.ACCOUNT_KEYS) {
            assertThat(printed).containsPattern("(?m)^  (- |  )" + key + ":");
        }
    }

    @Test
    void printedConfigReadsBackEqualExceptForMaskedSecrets() throws Exception {
        BotConfig original = TestConfigs.parse(FULL);

        BotConfig reread = TestConfigs.parse(ConfigPrinter.toYaml(original, TestPlatforms.ALL));

        assertThat(reread).isEqualTo(withMaskedSecrets(original));
    }

    @Test
    void defaultsReadBackEqual() throws Exception {
        BotConfig defaults = TestConfigs.parse("");

        assertThat(TestConfigs.parse(ConfigPrinter.toYaml(defaults, TestPlatforms.ALL))).isEqualTo(defaults);
    }

    @Test
    void dollarSignsAreNotTakenForReferencesWhenReadBack() throws Exception {
        BotConfig original = TestConfigs.parse("store: { url: \"jdbc:h2:mem:$${X}\" }", Map.of("X", "no"));

        assertThat(original.store().url()).isEqualTo("jdbc:h2:mem:${X}");
        assertThat(TestConfigs.parse(ConfigPrinter.toYaml(original, TestPlatforms.ALL))).isEqualTo(original);
    }

    private static BotConfig withMaskedSecrets(BotConfig config) {
        return new BotConfig(config.store(), config.model(), config.filter(), config.review(), config.schedule(),
                config.web(), config.retry(), config.accounts().stream().map(ConfigPrinterTest::withMaskedSecrets).toList());
    }

    private static AccountConfig withMaskedSecrets(AccountConfig a) {
        Credentials c = a.credentials();
        Credentials masked = c;
        for (String key : c.values().keySet()) {
            masked = masked.with(key, mask(c.get(key)));
        }
        return new AccountConfig(a.id(), a.type(), a.apiBaseUrl(), a.since(), a.backfill(), a.write(),
                a.writeTemplate(), a.pageId(), a.includePrivate(), a.optOutTag(), a.excludeAlbums(),
                a.maxImageSize(), a.allowDemoModel(), masked, a.credentialsFile(), a.schedule(), a.filter(),
                a.review(), a.maxPostsPerDay(), a.settings());
    }

    private static Secret mask(Secret secret) {
        return secret == null ? null : Secret.of(Secret.MASK);
    }
}
