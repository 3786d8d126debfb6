package dev.autocaption.bot.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.connector.folder.FolderPlatform;
import dev.autocaption.testing.TestPlatforms;
import org.junit.jupiter.api.Test;

class PlatformsTest {

    @Test
    void theConfigTestsPlatformsAreTheRegisteredOnes() {
        assertThat(Platforms.specs()).isEqualTo(TestPlatforms.ALL);
    }

    @Test
    void everyOnlinePlatformHasAPhotoPageAndTheFolderHasNone() {
        Connectors connectors = Connectors.standard(ConnectorRuntime.system());

        assertThat(Platforms.standard()).filteredOn(platform -> !platform.type().equals(FolderPlatform.TYPE))
                .isNotEmpty().allSatisfy(platform ->
                        assertThat(connectors.pageUrl(platform.type(), "1")).isNotNull());
        assertThat(connectors.pageUrl(FolderPlatform.TYPE, "1")).isNull();
    }

    @Test
    void everyFamilyWithCredentialsAuthorisesItsAccountsAndOneWithoutNeedsNoFlow() {
        assertThat(Platforms.standard()).allSatisfy(platform -> assertThat(platform.authorization() != null)
                .as(platform.type().configName()).isEqualTo(!platform.spec().credentialKeys().isEmpty()));
    }

    @Test
    void theFolderIsOneRegistrationOfItsOwnPackage() {
        assertThat(Platforms.standard()).filteredOn(platform -> platform.type().equals(FolderPlatform.TYPE))
                .singleElement().satisfies(platform -> {
                    assertThat(platform.spec()).isEqualTo(FolderPlatform.SPEC);
                    assertThat(platform.spec().credentialKeys()).isEmpty();
                });
    }
}
