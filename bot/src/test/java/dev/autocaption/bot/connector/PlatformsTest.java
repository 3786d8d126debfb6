package dev.autocaption.bot.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.testing.TestPlatforms;
import org.junit.jupiter.api.Test;

class PlatformsTest {

    @Test
    void theConfigTestsPlatformsAreTheRegisteredOnes() {
        assertThat(Platforms.specs()).isEqualTo(TestPlatforms.ALL);
    }

    @Test
    void everyRegisteredTypeHasASourceAndAPhotoPage() {
        Connectors connectors = Connectors.standard(ConnectorRuntime.system());

        assertThat(Platforms.standard()).allSatisfy(platform ->
                assertThat(connectors.pageUrl(platform.type(), "1")).isNotNull());
    }

    @Test
    void everyFamilyAuthorisesItsAccounts() {
        assertThat(Platforms.standard()).allSatisfy(platform -> assertThat(platform.authorization()).isNotNull());
    }
}
