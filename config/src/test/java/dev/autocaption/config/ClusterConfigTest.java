package dev.autocaption.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ClusterConfigTest {
    private static final String PG = "store: { url: \"jdbc:postgresql://127.0.0.1:5432/autocaption?password=pw\" }\n";

    @Test
    void withoutAClusterSectionTheDaemonRunsAloneWithEveryRole() throws Exception {
        ClusterConfig cluster = TestConfigs.parse("store: { url: \"jdbc:h2:mem:x\" }").cluster();

        assertThat(cluster).isEqualTo(ClusterConfig.defaults());
        assertThat(cluster.enabled()).isFalse();
        assertThat(cluster.roles()).containsExactlyInAnyOrder(ClusterRole.values());
        assertThat(cluster.has(ClusterRole.CAPTION)).isTrue();
    }

    @Test
    void aClusterOnPostgreSqlReadsItsIntervalInstanceIdAndRoles() throws Exception {
        ClusterConfig cluster = TestConfigs.parse(PG + """
                cluster: { enabled: true, check-in-interval: 5s, instance-id: gpu-1, roles: [caption] }
                """).cluster();

        assertThat(cluster).isEqualTo(new ClusterConfig(true, Duration.ofSeconds(5), "gpu-1",
                EnumSet.of(ClusterRole.CAPTION)));
        assertThat(cluster.has(ClusterRole.POLL)).isFalse();
        assertThat(cluster.resolvedInstanceId()).isEqualTo("gpu-1");
    }

    @Test
    void theInstanceIdDefaultsToHostAndPid() {
        assertThat(ClusterConfig.defaults().resolvedInstanceId()).endsWith("-" + ProcessHandle.current().pid());
    }

    @Test
    void aClusterOnAnH2StoreIsRefusedNamingTheStoreWithoutItsPassword() {
        assertThat(TestConfigs.problems("""
                store: { url: "jdbc:h2:tcp://db/x;PASSWORD=hunter2" }
                cluster: { enabled: true }
                """)).singleElement().asString().startsWith("cluster.enabled: needs a PostgreSQL store")
                .contains("was store.url jdbc:h2:tcp://db/x").doesNotContain("hunter2");
    }

    @Test
    void unknownOrMissingRolesAreReportedWithTheChoices() {
        assertThat(TestConfigs.problems(PG + "cluster: { enabled: true, roles: [poll, gpu] }"))
                .singleElement().asString().startsWith("cluster.roles").contains("gpu").contains("caption");
        assertThat(TestConfigs.problems(PG + "cluster: { enabled: true, roles: [] }"))
                .containsExactly("cluster.roles: needs at least one of poll, caption, post, was an empty list");
    }

    @Test
    void aCheckInIntervalOutOfRangeIsReported() {
        assertThat(TestConfigs.problems(PG + "cluster: { enabled: true, check-in-interval: 500ms }"))
                .singleElement().asString().startsWith("cluster.check-in-interval");
    }
}
