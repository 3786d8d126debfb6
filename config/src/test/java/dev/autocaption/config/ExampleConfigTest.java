package dev.autocaption.config;

import dev.autocaption.testing.TestPlatforms;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExampleConfigTest {
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "FLICKR_API_KEY", "example-key",
            "FLICKR_API_SECRET", "example-secret",
            "FACEBOOK_PAGE_TOKEN", "example-token",
            "PHOTO_LIBRARY", System.getProperty("java.io.tmpdir"));

    private static Path example;

    @BeforeAll
    static void locateExample() {
        String configured = System.getProperty("autocaption.example.file");
        example = configured != null ? Path.of(configured) : Path.of("..", "autocaption.example.yaml");
    }

    @Test
    void exampleLoadsWithTheVariablesItReferences() throws Exception {
        BotConfig config = TestConfigs.loader(ENVIRONMENT).load(example).config();

        assertThat(config.accounts()).extracting(AccountConfig::id).containsExactly("flickr-main", "my-page",
                "my-photos");
        assertThat(config.accounts().get(0).credentials().get("api-key").reveal()).isEqualTo("example-key");
        assertThat(config.accounts().get(0).credentials().get("token")).isNull();
        assertThat(config.accounts().get(1).type()).isEqualTo(TestPlatforms.FACEBOOK_PAGE);
        assertThat(config.accounts().get(1).pageId()).isEqualTo("123456789012345");
        assertThat(config.accounts().get(1).filter().hedgeMiddleBand()).isTrue();
        assertThat(config.accounts().get(1).review().approvalsFile().getFileName())
                .hasToString("approvals-my-page.yaml");
        assertThat(config.accounts().get(0).review().approvalsFile()).isEqualTo(config.review().approvalsFile());
    }

    @Test
    void exampleGlobalSectionsAreTheDefaults() throws Exception {
        Path directory = example.toAbsolutePath().getParent();
        BotConfig config = new ConfigLoader(ENVIRONMENT, directory, TestPlatforms.ALL).load(example).config();
        BotConfig defaults = new ConfigLoader(ENVIRONMENT, directory, TestPlatforms.ALL).parse("", "defaults");

        assertThat(List.of(config.store(), config.model(), config.filter(), config.review(), config.schedule(),
                config.web())).containsExactly(defaults.store(), defaults.model(), defaults.filter(),
                defaults.review(), defaults.schedule(), defaults.web());
    }

    @Test
    void exampleDocumentsEveryKey() throws Exception {
        String text = Files.readString(example);
        List<String> keys = new ArrayList<>(ConfigParser.TOP_LEVEL_KEYS);
        keys.addAll(SectionParser.STORE_KEYS);
        keys.addAll(SectionParser.MODEL_KEYS);
        keys.addAll(SectionParser.FILTER_KEYS);
        keys.addAll(SectionParser.REVIEW_KEYS);
        keys.addAll(SectionParser.SCHEDULE_KEYS);
        keys.addAll(SectionParser.WEB_KEYS);
        keys.addAll(SectionParser.CLUSTER_KEYS);
        keys.addAll(AccountParser.ACCOUNT_KEYS);
        keys.addAll(CredentialsParser.allKeys(TestPlatforms.ALL));

        assertThat(keys).allSatisfy(key -> assertThat(text).containsPattern("(?m)^\\s*(- )?" + key + ":"));
    }
}
