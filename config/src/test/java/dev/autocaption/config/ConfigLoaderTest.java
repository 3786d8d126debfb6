package dev.autocaption.config;

import dev.autocaption.testing.TestPlatforms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path directory;

    @Test
    void loadsBuiltInDefaultsWhenNoFileExists() throws Exception {
        LoadedConfig loaded = new ConfigLoader(Map.of(), directory, TestPlatforms.ALL).load(null);

        assertThat(loaded.source()).isNull();
        assertThat(loaded.describeSource()).isEqualTo("built-in defaults (no autocaption.yaml found)");
        assertThat(loaded.config().model().path()).isEqualTo(directory.resolve("models/demo"));
        assertThat(loaded.config().review().approvalsFile()).isEqualTo(directory.resolve("approvals.yaml"));
        assertThat(loaded.config().schedule()).isEqualTo(ScheduleConfig.defaults());
        assertThat(loaded.config().accounts()).isEmpty();
    }

    @Test
    void defaultsAreTheRecordDefaultsWithPathsResolved() throws Exception {
        assertThat(TestConfigs.parse("")).isEqualTo(TestConfigs.resolvedDefaults());
    }

    @Test
    void explicitPathWinsOverEnvironmentAndWorkingDirectory() throws Exception {
        Path explicit = write("explicit.yaml", "web: { port: 1001 }");
        Path fromEnvironment = write("env.yaml", "web: { port: 1002 }");
        write("autocaption.yaml", "web: { port: 1003 }");

        LoadedConfig loaded = new ConfigLoader(Map.of("AUTOCAPTION_CONFIG", fromEnvironment.toString()), directory, TestPlatforms.ALL)
                .load(explicit);

        assertThat(loaded.config().web().port()).isEqualTo(1001);
        assertThat(loaded.source()).isEqualTo(explicit);
        assertThat(loaded.describeSource()).isEqualTo(explicit.toString());
    }

    @Test
    void environmentVariableWinsOverWorkingDirectoryFile() throws Exception {
        Path fromEnvironment = write("env.yaml", "web: { port: 1002 }");
        write("autocaption.yaml", "web: { port: 1003 }");

        LoadedConfig loaded = new ConfigLoader(Map.of("AUTOCAPTION_CONFIG", fromEnvironment.toString()), directory, TestPlatforms.ALL)
                .load(null);

        assertThat(loaded.config().web().port()).isEqualTo(1002);
        assertThat(loaded.source()).isEqualTo(fromEnvironment);
    }

    @Test
    void workingDirectoryFileWinsOverDefaults() throws Exception {
        Path local = write("autocaption.yaml", "web: { port: 1003 }");

        LoadedConfig loaded = new ConfigLoader(Map.of(), directory, TestPlatforms.ALL).load(null);

        assertThat(loaded.config().web().port()).isEqualTo(1003);
        assertThat(loaded.source()).isEqualTo(local);
    }

    @Test
    void relativeExplicitPathResolvesAgainstWorkingDirectory() throws Exception {
        write("conf.yaml", "web: { port: 1004 }");

        LoadedConfig loaded = new ConfigLoader(Map.of(), directory, TestPlatforms.ALL).load(Path.of("conf.yaml"));

        assertThat(loaded.source()).isEqualTo(directory.resolve("conf.yaml"));
        assertThat(loaded.config().web().port()).isEqualTo(1004);
    }

    @Test
    void explicitPathThatDoesNotExistIsAnError() {
        Path missing = directory.resolve("missing.yaml");

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> new ConfigLoader(Map.of(), directory, TestPlatforms.ALL).load(missing))
                .satisfies(e -> assertThat(e.problems()).containsExactly("file does not exist (named by --config)"))
                .withMessage(missing + ": 1 problem" + System.lineSeparator()
                        + "  file does not exist (named by --config)");
    }

    @Test
    void environmentPathThatDoesNotExistIsAnError() throws Exception {
        write("autocaption.yaml", "web: { port: 1003 }");
        Map<String, String> environment = Map.of("AUTOCAPTION_CONFIG", "gone.yaml");

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> new ConfigLoader(environment, directory, TestPlatforms.ALL).load(null))
                .withMessage(directory.resolve("gone.yaml") + ": 1 problem" + System.lineSeparator()
                        + "  file does not exist (named by AUTOCAPTION_CONFIG)");
    }

    @Test
    void directoryGivenAsConfigIsAnError() {
        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> new ConfigLoader(Map.of(), directory, TestPlatforms.ALL).load(directory))
                .satisfies(e -> assertThat(e.problems())
                        .containsExactly("is a directory, not a file (named by --config)"));
    }

    @Test
    void relativePathsInTheFileResolveAgainstTheFilesDirectory() throws Exception {
        Path etc = Files.createDirectories(directory.resolve("etc"));
        Path config = Files.writeString(etc.resolve("autocaption.yaml"), """
                store: { url: "jdbc:h2:file:./data/autocaption;MODE=LEGACY" }
                model: { path: models/im2txt, vocab: vocab/word_counts.txt }
                review: { approvals-file: ./state/approvals.yaml }
                accounts:
                  - id: flickr-main
                    type: flickr
                    credentials: { api-key: k, api-secret: s }
                    credentials-file: ../tokens/flickr.yaml
                    review: { approvals-file: flickr.yaml }
                """);

        BotConfig loaded = new ConfigLoader(Map.of(), directory.resolve("elsewhere"), TestPlatforms.ALL).load(config).config();

        assertThat(loaded.store().url()).isEqualTo("jdbc:h2:file:" + etc.resolve("data/autocaption") + ";MODE=LEGACY");
        assertThat(loaded.model().path()).isEqualTo(etc.resolve("models/im2txt"));
        assertThat(loaded.model().vocab()).isEqualTo(etc.resolve("vocab/word_counts.txt"));
        assertThat(loaded.review().approvalsFile()).isEqualTo(etc.resolve("state/approvals.yaml"));
        assertThat(loaded.accounts().get(0).review().approvalsFile()).isEqualTo(etc.resolve("flickr.yaml"));
        assertThat(loaded.accounts().get(0).credentialsFile()).isEqualTo(directory.resolve("tokens/flickr.yaml"));
    }

    @Test
    void defaultStoreAndApprovalsFileLiveBesideTheConfigFile() throws Exception {
        Path etc = Files.createDirectories(directory.resolve("etc"));
        Path config = Files.writeString(etc.resolve("autocaption.yaml"), "web: { port: 9000 }\n");

        BotConfig loaded = new ConfigLoader(Map.of(), directory, TestPlatforms.ALL).load(config).config();

        assertThat(loaded.store().url()).isEqualTo("jdbc:h2:file:" + etc.resolve("data/autocaption"));
        assertThat(loaded.review().approvalsFile()).isEqualTo(etc.resolve("approvals.yaml"));
    }

    @Test
    void withoutAFileRelativePathsResolveAgainstTheWorkingDirectory() throws Exception {
        BotConfig parsed = new ConfigLoader(Map.of(), directory, TestPlatforms.ALL).parse("""
                store: { url: "jdbc:h2:./db/x" }
                review: { approvals-file: a.yaml }
                """, "text");

        assertThat(parsed.store().url()).isEqualTo("jdbc:h2:file:" + directory.resolve("db/x"));
        assertThat(parsed.review().approvalsFile()).isEqualTo(directory.resolve("a.yaml"));
    }

    @Test
    void problemsInAFileNameTheFile() throws Exception {
        Path config = write("autocaption.yaml", "web: { port: 0 }");

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> new ConfigLoader(Map.of(), directory, TestPlatforms.ALL).load(null))
                .withMessage(config + ": 1 problem" + System.lineSeparator()
                        + "  web.port: must be in [1, 65535], was 0");
    }

    @Test
    void fileThatIsNotUtf8IsAnError() throws Exception {
        Path config = directory.resolve("latin1.yaml");
        Files.write(config, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> new ConfigLoader(Map.of(), directory, TestPlatforms.ALL).load(config))
                .satisfies(e -> assertThat(e.problems()).isEqualTo(List.of("is not valid UTF-8")));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content);
    }

    @Test
    void bundledModelDefaultsLiveUnderAutocaptionHome(@TempDir Path home) throws Exception {
        ConfigLoader loader = new ConfigLoader(Map.of("AUTOCAPTION_HOME", home.toString()), home.resolve("elsewhere"), TestPlatforms.ALL);

        assertThat(loader.parse("", "t").model().path()).isEqualTo(home.resolve("models/demo"));
        assertThat(loader.parse("model:\n  engine: detector\n", "t").model().path())
                .isEqualTo(home.resolve("models/detector"));
        assertThat(loader.parse("model:\n  path: mine\n", "t").model().path())
                .isEqualTo(home.resolve("elsewhere/mine"));
    }

    @Test
    void detectorThresholdIsReadAndRangeChecked() throws Exception {
        ConfigLoader loader = new ConfigLoader(Map.of(), Path.of("/work"), TestPlatforms.ALL);

        assertThat(loader.parse("model:\n  detector-threshold: 0.7\n", "t").model().detectorThreshold())
                .isEqualTo(0.7);
        assertThatThrownBy(() -> loader.parse("model:\n  detector-threshold: 1.5\n", "t"))
                .hasMessageContaining("model.detector-threshold: must be");
    }

    @Test
    void jpegDecodingIsAccurateWithExifOrientationUnlessConfigured() throws Exception {
        ConfigLoader loader = new ConfigLoader(Map.of(), Path.of("/work"), TestPlatforms.ALL);

        assertThat(loader.parse("", "t").model().decoding()).isEqualTo(ImageDecoding.defaults());
        assertThat(loader.parse("model:\n  jpeg-dct: fast\n  exif-orientation: false\n", "t").model().decoding())
                .isEqualTo(new ImageDecoding(JpegDct.FAST, false));
    }

    @Test
    void precisionIsAutoUnlessConfigured() throws Exception {
        ConfigLoader loader = new ConfigLoader(Map.of(), Path.of("/work"), TestPlatforms.ALL);

        assertThat(loader.parse("", "t").model().precision()).isEqualTo(Precision.AUTO);
        assertThat(loader.parse("model:\n  precision: bf16\n", "t").model().precision()).isEqualTo(Precision.BF16);
        assertThat(loader.parse("model:\n  precision: fp32\n", "t").model().precision()).isEqualTo(Precision.FP32);
    }

    @Test
    void measurementsAreKeptBesideAnEmbeddedStoreAndNowhereForAServerStore() throws Exception {
        ConfigLoader loader = new ConfigLoader(Map.of(), Path.of("/work"), TestPlatforms.ALL);

        assertThat(loader.parse("", "t").model().dataDirectory()).isEqualTo(Path.of("/work/data"));
        assertThat(loader.parse("store: { url: \"jdbc:h2:file:/var/lib/ac/db;MODE=PostgreSQL\" }", "t").model()
                .dataDirectory()).isEqualTo(Path.of("/var/lib/ac"));
        assertThat(loader.parse("store: { url: \"jdbc:h2:tcp://127.0.0.1/db\" }", "t").model().dataDirectory())
                .isNull();
    }
}
