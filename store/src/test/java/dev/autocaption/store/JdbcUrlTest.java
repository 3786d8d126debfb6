package dev.autocaption.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlTest {
    @Test
    void embeddedFileUrlsGetAutoServer() {
        assertThat(new JdbcUrl("jdbc:h2:file:./data/autocaption").withAutoServer().value())
                .isEqualTo("jdbc:h2:file:./data/autocaption;AUTO_SERVER=TRUE");
        assertThat(new JdbcUrl("jdbc:h2:./data/x").withAutoServer().value())
                .isEqualTo("jdbc:h2:./data/x;AUTO_SERVER=TRUE");
        assertThat(new JdbcUrl("jdbc:h2:~/x;MODE=PostgreSQL").withAutoServer().value())
                .isEqualTo("jdbc:h2:~/x;MODE=PostgreSQL;AUTO_SERVER=TRUE");
    }

    @Test
    void urlThatAlreadySetsAutoServerIsKept() {
        assertThat(new JdbcUrl("jdbc:h2:file:./x;auto_server=false").withAutoServer().value())
                .isEqualTo("jdbc:h2:file:./x;auto_server=false");
    }

    @Test
    void inMemoryServerAndOtherUrlsAreKept() {
        for (String url : new String[] {"jdbc:h2:mem:test", "jdbc:h2:tcp://localhost/x", "jdbc:h2:ssl://host/x",
                "jdbc:h2:zip:backup.zip!/x", "jdbc:postgresql://localhost/autocaption"}) {
            assertThat(new JdbcUrl(url).withAutoServer().value()).isEqualTo(url);
        }
    }

    @Test
    void maskedHidesPasswords() {
        assertThat(new JdbcUrl("jdbc:h2:file:./x;USER=sa;PASSWORD=secret;MODE=MySQL").masked())
                .isEqualTo("jdbc:h2:file:./x;USER=sa;PASSWORD=***;MODE=MySQL");
        assertThat(new JdbcUrl("jdbc:postgresql://h/db?user=a&password=secret&ssl=true").masked())
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
    }
}
