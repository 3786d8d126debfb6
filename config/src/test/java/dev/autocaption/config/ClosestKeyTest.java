package dev.autocaption.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestKeyTest {
    private static final List<String> KEYS = List.of("api-key", "api-secret", "token", "token-secret");

    @Test
    void swappedLettersCountAsOneEdit() {
        assertThat(ClosestKey.distance("api-secert", "api-secret")).isEqualTo(1);
        assertThat(ClosestKey.among("api-secert", KEYS)).isEqualTo("api-secret");
    }

    @Test
    void snakeAndCamelCaseAreMatchedToKebabCase() {
        assertThat(ClosestKey.among("token_secret", KEYS)).isEqualTo("token-secret");
        assertThat(ClosestKey.among("apiKey", KEYS)).isEqualTo("api-key");
    }

    @Test
    void distantKeysGetNoSuggestion() {
        assertThat(ClosestKey.among("password", KEYS)).isNull();
        assertThat(ClosestKey.among("tk", KEYS)).isNull();
    }
}
