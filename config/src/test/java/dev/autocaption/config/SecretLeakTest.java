package dev.autocaption.config;

import dev.autocaption.testing.TestPlatforms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretLeakTest {
    private static final String MISSPELT = """
            accounts:
              - id: flickr-main
                type: flickr
                credentials:
                  api-key: key-1
                  api-secert: hunter2
            """;

    @Test
    void misspeltCredentialKeyIsReportedWithoutItsValue() {
        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> TestConfigs.parse(MISSPELT))
                .satisfies(e -> assertThat(e.problems()).containsExactly(
                        "accounts[0].credentials.api-secert: unknown key (did you mean api-secret?)",
                        "accounts[0].credentials.api-secret: is required for flickr accounts"))
                .satisfies(e -> assertThat(e).hasMessageNotContaining("hunter2"))
                .satisfies(e -> assertThat(e.toString()).doesNotContain("hunter2"));
    }

    @Test
    void unknownKeyValuesAreNeverShown() {
        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> TestConfigs.parse("web: { password: hunter2 }\nsecrets: hunter2\n"))
                .satisfies(e -> assertThat(e).hasMessageNotContaining("hunter2"));
    }

    @Test
    void printedConfigAndRecordsNeverShowTheSecrets() throws Exception {
        BotConfig config = TestConfigs.parse(MISSPELT.replace("api-secert: hunter2", "api-secret: hunter2")
                + "      token: tok-hunter2\n      token-secret: ts-hunter2\n");

        assertThat(ConfigPrinter.toYaml(config, TestPlatforms.ALL)).doesNotContain("hunter2", "key-1").contains(Secret.MASK);
        assertThat(config.toString()).doesNotContain("hunter2", "key-1");
        assertThat(config.accounts().get(0).credentials().toString()).doesNotContain("hunter2", "key-1");
        assertThat(config.accounts().get(0).credentials().get("api-secret").reveal()).isEqualTo("hunter2");
    }

    @Test
    void passwordInTheStoreUrlIsNeverShown() throws Exception {
        BotConfig config = TestConfigs.parse("store: { url: \"jdbc:h2:file:./data/bot;USER=bot;PASSWORD=hunter2\" }\n");

        assertThat(ConfigPrinter.toYaml(config, TestPlatforms.ALL)).doesNotContain("hunter2").contains("USER=bot;PASSWORD=***");
        assertThat(config.toString()).doesNotContain("hunter2");
        assertThat(config.store().maskedUrl()).startsWith("jdbc:h2:file:").endsWith("/data/bot;USER=bot;PASSWORD=***");
        assertThat(config.store().url()).endsWith(";PASSWORD=hunter2");
    }

    @Test
    void substitutedCredentialsAreNeverShown() {
        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> TestConfigs.parse("""
                        accounts:
                          - id: flickr-main
                            type: flickr
                            credentials: { api-key: "${KEY}", api-secret: "${SECRET}", token: [ "${KEY}" ] }
                        """, Map.of("KEY", "hunter2")))
                .satisfies(e -> assertThat(e.problems()).containsExactly(
                        "accounts[0].credentials.api-secret: environment variable SECRET is not set",
                        "accounts[0].credentials.token: must be a string, was a list"))
                .satisfies(e -> assertThat(e).hasMessageNotContaining("hunter2"));
    }

    @Test
    void credentialsThatAreNotAMappingAreNotShown() {
        assertThat(TestConfigs.problems("""
                accounts:
                  - id: flickr-main
                    type: flickr
                    credentials: "hunter2"
                """)).containsExactly(
                "accounts[0].credentials: must be a mapping, was a string",
                "accounts[0].credentials.api-key: is required for flickr accounts",
                "accounts[0].credentials.api-secret: is required for flickr accounts");
    }

    @Test
    void malformedYamlNeverQuotesTheLine() {
        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> TestConfigs.parse("accounts:\n  - credentials: { api-key: hunter2\n"))
                .satisfies(e -> assertThat(e).hasMessageNotContaining("hunter2").hasNoCause());
    }

    @Test
    void secretToStringIsTheMask() {
        assertThat(Secret.of("hunter2")).hasToString("********");
        assertThat(Credentials.of("access-token", Secret.of("hunter2")).toString()).doesNotContain("hunter2");
    }
}
