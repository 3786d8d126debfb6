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

    @Test
    void aPostgreSqlStoreReadsItsLoginAndPoolSize() throws Exception {
        StoreConfig store = TestConfigs.parse("""
                store: { url: "jdbc:postgresql://127.0.0.1:5432/autocaption", user: bot, password: "${PG_PASSWORD}",
                         pool-size: 4 }
                """, java.util.Map.of("PG_PASSWORD", "hunter2")).store();

        assertThat(store).isEqualTo(new StoreConfig("jdbc:postgresql://127.0.0.1:5432/autocaption", "bot",
                Secret.of("hunter2"), 4));
        assertThat(store.isPostgreSql()).isTrue();
    }

    @Test
    void printingAStoreNeverShowsItsPasswords() {
        StoreConfig store = new StoreConfig("jdbc:postgresql://db/autocaption?password=inurl", "bot",
                Secret.of("hunter2"), 10);

        assertThat(store.toString()).isEqualTo("StoreConfig[url=jdbc:postgresql://db/autocaption?password=***,"
                + " user=bot, password=" + Secret.MASK + ", poolSize=10]");
    }

    @Test
    void resolvingAnEmbeddedFileKeepsTheLoginAndPoolSize() {
        StoreConfig store = new StoreConfig("jdbc:h2:./data/x", "sa", Secret.of("pw"), 3).resolvedAgainst(BASE);

        assertThat(store).isEqualTo(new StoreConfig("jdbc:h2:file:/srv/autocaption/data/x", "sa", Secret.of("pw"), 3));
    }

    @Test
    void aPoolSizeOutOfRangeIsReportedWithTheValue() throws Exception {
        assertThat(TestConfigs.problems("store: { pool-size: 0 }"))
                .containsExactly("store.pool-size: must be in [1, 200], was 0");
    }

    @Test
    void anH2PasswordWithoutAUserIsReportedWithoutShowingIt() throws Exception {
        assertThat(TestConfigs.problems("store: { url: \"jdbc:h2:mem:x\", password: hunter2 }"))
                .containsExactly("store.password: is used only together with store.user for an H2 store; set store.user"
                        + " too");
    }
}
