package dev.autocaption.bot.connector.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.simulator.facebook.GraphSimulator;
import dev.autocaption.config.WriteMode;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FacebookTokenCheckTest {

    private final GraphHarness h = new GraphHarness();

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void aFullyPermittedPageTokenIsFine() throws Exception {
        FacebookTokenCheck.Report report = new FacebookTokenCheck(h.page(WriteMode.POST_MESSAGE), h.runtime).check();

        assertThat(report.ok()).isTrue();
        assertThat(report.ownerId()).isEqualTo(TestAccounts.PAGE_ID);
        assertThat(report.tokenType()).isEqualTo("PAGE");
        assertThat(report.granted()).containsAll(GraphSimulator.PAGE_PERMISSIONS);
        assertThat(h.sim.requests("debug_token").get(0).param("input_token")).isEqualTo("****");
    }

    @Test
    void missingPermissionsAreNamedForTheWriteMode() throws Exception {
        h.sim.grantPageToken(TestAccounts.PAGE_TOKEN, Set.of("pages_show_list", "pages_read_engagement"));

        FacebookTokenCheck.Report comment = new FacebookTokenCheck(h.page(WriteMode.COMMENT), h.runtime).check();
        FacebookTokenCheck.Report none = new FacebookTokenCheck(h.page(WriteMode.NONE), h.runtime).check();

        assertThat(comment.missing()).containsExactly("pages_manage_engagement");
        assertThat(comment.problems()).containsExactly("grant pages_manage_engagement (needed for write: comment)"
                + " and create the token again");
        assertThat(none.ok()).isTrue();
    }

    @Test
    void aUserTokenForAPageAccountIsFlagged() throws Exception {
        h.sim.grantUserToken(TestAccounts.PAGE_TOKEN, "42", GraphSimulator.PAGE_PERMISSIONS);

        FacebookTokenCheck.Report report = new FacebookTokenCheck(h.page(WriteMode.COMMENT), h.runtime).check();

        assertThat(report.problems()).hasSize(2);
        assertThat(report.problems().get(0)).startsWith("this is a USER token; use a Page access token");
    }

    @Test
    void anExpiredTokenPausesWithTheFix() {
        h.sim.expireToken(TestAccounts.PAGE_TOKEN);

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> new FacebookTokenCheck(h.page(WriteMode.COMMENT), h.runtime).check());

        assertThat(e.action()).isEqualTo(ConnectorException.Action.PAUSE_ACCOUNT);
        assertThat(e.getMessage()).contains("the token expired");
    }
}
