package dev.autocaption.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JdbcUrlTest {
    private static final H2BindAddress LOOPBACK = new H2BindAddress("127.0.0.1");
    private static final H2BindAddress EVERY_ADDRESS = new H2BindAddress(null);

    @Test
    void embeddedFileUrlsGetAutoServerWhenH2BindsToLoopback() {
        assertThat(new JdbcUrl("jdbc:h2:file:./data/autocaption").shared(LOOPBACK).value())
                .isEqualTo("jdbc:h2:file:./data/autocaption;AUTO_SERVER=TRUE");
        assertThat(new JdbcUrl("jdbc:h2:./data/x").shared(LOOPBACK).value())
                .isEqualTo("jdbc:h2:./data/x;AUTO_SERVER=TRUE");
        assertThat(new JdbcUrl("jdbc:h2:~/x;MODE=PostgreSQL").shared(LOOPBACK).value())
                .isEqualTo("jdbc:h2:~/x;MODE=PostgreSQL;AUTO_SERVER=TRUE");
    }

    @Test
    void embeddedFileUrlsStayExclusiveWhenH2WouldBindToEveryAddress() {
        for (H2BindAddress bind : new H2BindAddress[] {EVERY_ADDRESS, new H2BindAddress(""),
                new H2BindAddress("0.0.0.0"), new H2BindAddress("192.0.2.2")}) {
            assertThat(new JdbcUrl("jdbc:h2:file:./data/autocaption").shared(bind).value())
                    .as("bind address %s", bind).isEqualTo("jdbc:h2:file:./data/autocaption");
        }
    }

    @Test
    void urlThatAlreadySetsAutoServerIsKept() {
        assertThat(new JdbcUrl("jdbc:h2:file:./x;auto_server=false").shared(LOOPBACK).value())
                .isEqualTo("jdbc:h2:file:./x;auto_server=false");
    }

    @Test
    void onlyAnEmbeddedFileUrlWithAutoServerOnServesOtherProcesses() {
        assertThat(new JdbcUrl("jdbc:h2:file:./x;AUTO_SERVER=TRUE").servesOtherProcesses()).isTrue();
        assertThat(new JdbcUrl("jdbc:h2:file:./x;AUTO_SERVER=FALSE").servesOtherProcesses()).isFalse();
        assertThat(new JdbcUrl("jdbc:h2:file:./x").servesOtherProcesses()).isFalse();
        assertThat(new JdbcUrl("jdbc:h2:mem:x;AUTO_SERVER=TRUE").servesOtherProcesses()).isFalse();
    }

    @Test
    void inMemoryServerAndOtherUrlsAreKept() {
        for (String url : new String[] {"jdbc:h2:mem:test", "jdbc:h2:tcp://localhost/x", "jdbc:h2:ssl://host/x",
                "jdbc:h2:zip:backup.zip!/x", "jdbc:postgresql://localhost/autocaption"}) {
            assertThat(new JdbcUrl(url).shared(LOOPBACK).value()).isEqualTo(url);
        }
    }

    @Test
    void filePathOfAnEmbeddedStoreIsAbsoluteAndWithoutSettings() {
        Path here = Path.of("").toAbsolutePath();
        assertThat(new JdbcUrl("jdbc:h2:file:./data/autocaption;MODE=MySQL").h2FilePath())
                .contains(here.resolve("data/autocaption"));
        assertThat(new JdbcUrl("jdbc:h2:/srv/bot/db").h2FilePath()).contains(Path.of("/srv/bot/db"));
        assertThat(new JdbcUrl("jdbc:h2:~/bot").h2FilePath())
                .contains(Path.of(System.getProperty("user.home"), "bot"));
    }

    @Test
    void onlyPlainFileUrlsHaveAFilePath() {
        for (String url : new String[] {"jdbc:h2:mem:test", "jdbc:h2:tcp://localhost/x", "jdbc:h2:nio:./x",
                "jdbc:h2:split:./x", "jdbc:postgresql://localhost/autocaption"}) {
            assertThat(new JdbcUrl(url).h2FilePath()).as(url).isEmpty();
        }
    }

    @Test
    void urlWithUserOrPasswordNamesItsOwnLogin() {
        assertThat(new JdbcUrl("jdbc:h2:file:./x;USER=sa").namesLogin()).isTrue();
        assertThat(new JdbcUrl("jdbc:h2:file:./x;password=secret").namesLogin()).isTrue();
        assertThat(new JdbcUrl("jdbc:h2:file:./x;MODE=MySQL").namesLogin()).isFalse();
    }

    @Test
    void maskedHidesPasswords() {
        assertThat(new JdbcUrl("jdbc:h2:file:./x;USER=sa;PASSWORD=secret;MODE=MySQL").masked())
                .isEqualTo("jdbc:h2:file:./x;USER=sa;PASSWORD=***;MODE=MySQL");
        assertThat(new JdbcUrl("jdbc:postgresql://h/db?user=a&password=secret&ssl=true").masked())
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
    }
}
