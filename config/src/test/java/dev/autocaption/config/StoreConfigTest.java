package dev.autocaption.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreConfigTest {
    private static final Path BASE = Path.of("/srv/autocaption");

    private static String resolved(String url) {
        return new StoreConfig(url).resolvedAgainst(BASE).url();
    }

    @Test
    void aRelativeEmbeddedH2FileIsMadeAbsoluteKeepingItsSettings() {
        assertThat(resolved("jdbc:h2:file:./data/autocaption")).isEqualTo("jdbc:h2:file:/srv/autocaption/data/autocaption");
        assertThat(resolved("jdbc:h2:./data/x;MODE=LEGACY")).isEqualTo("jdbc:h2:file:/srv/autocaption/data/x;MODE=LEGACY");
        assertThat(resolved("jdbc:h2:file:../state/x")).isEqualTo("jdbc:h2:file:/srv/state/x");
    }

    @Test
    void absoluteHomeServerMemoryAndOtherUrlsAreLeftAlone() {
        assertThat(resolved("jdbc:h2:file:/var/lib/autocaption/db")).isEqualTo("jdbc:h2:file:/var/lib/autocaption/db");
        assertThat(resolved("jdbc:h2:~/autocaption")).isEqualTo("jdbc:h2:~/autocaption");
        assertThat(resolved("jdbc:h2:tcp://localhost/./x")).isEqualTo("jdbc:h2:tcp://localhost/./x");
        assertThat(resolved("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
        assertThat(resolved("jdbc:postgresql://db/autocaption")).isEqualTo("jdbc:postgresql://db/autocaption");
    }

    @Test
    void theDataFileOfAnEmbeddedH2StoreEndsInMvDb() {
        assertThat(new StoreConfig("jdbc:h2:file:/srv/db/autocaption;AUTO_SERVER=TRUE").h2DataFile())
                .isEqualTo(Path.of("/srv/db/autocaption.mv.db"));
        assertThat(new StoreConfig("jdbc:h2:mem:x").h2DataFile()).isNull();
    }
}
