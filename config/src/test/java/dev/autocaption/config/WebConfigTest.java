package dev.autocaption.config;

import dev.autocaption.testing.TestPlatforms;
import static dev.autocaption.config.TestConfigs.parse;
import static dev.autocaption.config.TestConfigs.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebConfigTest {
    private static final String TOKEN = "s3cret-t0ken-0f-32-characters-xx";

    @Test
    void thePageIsOffInRunAndServesLoopbackWithoutTokenByDefault() throws Exception {
        WebConfig web = parse("").web();

        assertThat(web).isEqualTo(new WebConfig("127.0.0.1", 8080, false, null, null));
    }

    @Test
    void bindingBeyondLoopbackWithoutATokenIsAnError() {
        assertThat(problems("web: { enabled: true, bind: 0.0.0.0 }")).containsExactly("web.token: is required when "
                + "web.bind is not a loopback address (bind is 0.0.0.0): whoever reaches the page can approve "
                + "posts; set a long random value, e.g. token: ${AUTOCAPTION_WEB_TOKEN}");
    }

    @Test
    void bindingBeyondLoopbackWithATokenIsAllowed() throws Exception {
        WebConfig web = parse("web: { bind: 0.0.0.0, token: \"${TOKEN}\" }", Map.of("TOKEN", TOKEN)).web();

        assertThat(web.bind()).isEqualTo("0.0.0.0");
        assertThat(web.token().reveal()).isEqualTo(TOKEN);
    }

    @Test
    void aShortTokenIsRefusedWithoutShowingIt() {
        assertThat(problems("web: { token: short-one }"))
                .containsExactly("web.token: must be at least 16 characters, was a string of 9");
    }

    @Test
    void aTokenOfTheWrongKindIsNotShown() {
        assertThat(problems("web: { token: 1234567890123456789 }")).containsExactly("web.token: must be a string, was a number");
    }

    @Test
    void theTokenPrintsMasked() throws Exception {
        BotConfig config = parse("web: { token: \"" + TOKEN + "\" }");

        assertThat(ConfigPrinter.toYaml(config, TestPlatforms.ALL)).contains("  token: '********'").doesNotContain(TOKEN);
        assertThat(config.web().toString()).doesNotContain(TOKEN);
    }

    @Test
    void thumbnailsResolveAgainstTheConfigDirectory() throws Exception {
        assertThat(parse("web: { thumbnails: thumbs }").web().thumbnails())
                .isEqualTo(Path.of("/srv/autocaption/thumbs"));
    }

    @Test
    void loopbackIsJudgedBySpelling() {
        assertThat(WebConfig.isLoopback("localhost")).isTrue();
        assertThat(WebConfig.isLoopback("127.0.0.1")).isTrue();
        assertThat(WebConfig.isLoopback("127.1.2.3")).isTrue();
        assertThat(WebConfig.isLoopback("::1")).isTrue();
        assertThat(WebConfig.isLoopback("0.0.0.0")).isFalse();
        assertThat(WebConfig.isLoopback("192.168.1.2")).isFalse();
        assertThat(WebConfig.isLoopback("127.example.com")).isFalse();
    }
}
