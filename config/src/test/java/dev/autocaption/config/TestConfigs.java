package dev.autocaption.config;

import dev.autocaption.testing.TestPlatforms;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loaders and YAML snippets with valid defaults, shared by the config tests. */
final class TestConfigs {
    static final Path WORKING_DIRECTORY = Path.of("/srv/autocaption");

    /** A valid Flickr account, to be placed under {@code accounts:}. */
    static final String FLICKR_ACCOUNT = """
              - id: flickr-main
                type: flickr
                credentials: { api-key: key-1, api-secret: secret-1 }
            """;

    private TestConfigs() {
    }

    static ConfigLoader loader() {
        return loader(Map.of());
    }

    static ConfigLoader loader(Map<String, String> environment) {
        return new ConfigLoader(environment, WORKING_DIRECTORY, TestPlatforms.ALL);
    }

    static BotConfig parse(String yaml) throws ConfigException {
        return loader().parse(yaml, "test.yaml");
    }

    static BotConfig parse(String yaml, Map<String, String> environment) throws ConfigException {
        return loader(environment).parse(yaml, "test.yaml");
    }

    /** The problems parsing reports; fails the test when it succeeds. */
    static List<String> problems(String yaml) {
        return problems(yaml, Map.of());
    }

    static List<String> problems(String yaml, Map<String, String> environment) {
        return assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> loader(environment).parse(yaml, "test.yaml"))
                .actual().problems();
    }

    /** The built-in defaults as the loader resolves them in {@link #WORKING_DIRECTORY}. */
    static BotConfig resolvedDefaults() {
        ModelConfig model = ModelConfig.defaults();
        return new BotConfig(StoreConfig.defaults().resolvedAgainst(WORKING_DIRECTORY),
                new ModelConfig(model.engine(), WORKING_DIRECTORY.resolve("models/demo"), null, model.device(),
                        model.beamSize(), model.maxLength(), model.batchSize(), model.lengthNormalization(),
                        model.intraOpThreads(), model.interOpThreads(), model.maxImagePixels(),
                        model.detectorThreshold(), model.decoding(), Precision.AUTO,
                        WORKING_DIRECTORY.resolve("data")),
                FilterConfig.defaults(),
                new ReviewConfig(ReviewMode.REVIEW, WORKING_DIRECTORY.resolve("approvals.yaml")),
                ScheduleConfig.defaults(), WebConfig.defaults(), RetryConfig.defaults(), List.of());
    }
}
