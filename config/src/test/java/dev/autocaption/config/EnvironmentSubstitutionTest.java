package dev.autocaption.config;

import static dev.autocaption.config.TestConfigs.parse;
import static dev.autocaption.config.TestConfigs.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentSubstitutionTest {

    @Test
    void referenceIsReplacedByTheVariable() throws Exception {
        assertThat(parse("store: { url: \"${DB_URL}\" }", Map.of("DB_URL", "jdbc:h2:mem:x")).store().url())
                .isEqualTo("jdbc:h2:mem:x");
    }

    @Test
    void referenceInsideTextIsReplaced() throws Exception {
        assertThat(parse("store: { url: \"jdbc:h2:file:${HOME}/data/bot\" }", Map.of("HOME", "/home/ann"))
                .store().url()).isEqualTo("jdbc:h2:file:/home/ann/data/bot");
    }

    @Test
    void defaultAppliesWhenTheVariableIsUnset() throws Exception {
        assertThat(parse("web: { bind: \"${BIND:-localhost}\" }").web().bind()).isEqualTo("localhost");
    }

    @Test
    void defaultAppliesWhenTheVariableIsEmpty() throws Exception {
        assertThat(parse("web: { bind: \"${BIND:-localhost}\" }", Map.of("BIND", "")).web().bind())
                .isEqualTo("localhost");
    }

    @Test
    void setVariableWinsOverTheDefault() throws Exception {
        assertThat(parse("web: { bind: \"${BIND:-localhost}\" }", Map.of("BIND", "127.0.0.2")).web().bind())
                .isEqualTo("127.0.0.2");
    }

    @Test
    void unsetVariableWithoutDefaultIsReportedWithItsKeyPath() {
        assertThat(problems("""
                web: { bind: "${BIND}" }
                accounts:
                  - id: flickr-main
                    type: flickr
                    credentials: { api-key: "${FLICKR_API_KEY}", api-secret: s }
                """)).containsExactly(
                "web.bind: environment variable BIND is not set",
                "accounts[0].credentials.api-key: environment variable FLICKR_API_KEY is not set");
    }

    @Test
    void doubleDollarIsALiteralDollar() throws Exception {
        assertThat(parse("""
                accounts:
                  - id: flickr-main
                    type: flickr
                    write-template: "{caption} ($$5, ${NOT_A_REFERENCE} $${LITERAL}) $"
                    credentials: { api-key: k, api-secret: s }
                """, Map.of("NOT_A_REFERENCE", "x")).accounts().get(0).writeTemplate())
                .isEqualTo("{caption} ($5, x ${LITERAL}) $");
    }

    @Test
    void substitutedValueIsReadLikeAnUnquotedScalar() throws Exception {
        BotConfig config = parse("""
                web: { port: "${PORT}" }
                filter: { post-above: "${POST_ABOVE:-0.8}" }
                accounts:
                  - id: flickr-main
                    type: flickr
                    backfill: ${BACKFILL}
                    credentials: { api-key: k, api-secret: s }
                """, Map.of("PORT", "9090", "BACKFILL", "true"));

        assertThat(config.web().port()).isEqualTo(9090);
        assertThat(config.filter().postAbove()).isEqualTo(0.8);
        assertThat(config.accounts().get(0).backfill()).isTrue();
    }

    @Test
    void substitutedValueOfTheWrongTypeIsReported() {
        assertThat(problems("web: { port: \"${PORT}\" }", Map.of("PORT", "http")))
                .containsExactly("web.port: must be an integer, was http");
    }

    @Test
    void emptySubstitutionOfAnOptionalKeyMeansNull() throws Exception {
        assertThat(parse("model: { vocab: \"${VOCAB:-}\" }").model().vocab()).isNull();
    }

    @Test
    void emptySubstitutionOfARequiredKeyIsReportedAsMissing() {
        assertThat(problems("""
                accounts:
                  - id: page
                    type: facebook-page
                    page-id: "${PAGE_ID:-}"
                    credentials: { access-token: "${TOKEN:-}" }
                """)).containsExactly(
                "accounts[0].page-id: is required for facebook-page accounts",
                "accounts[0].credentials.access-token: is required for facebook-page accounts");
    }

    @Test
    void malformedReferencesAreReported() {
        assertThat(problems("web: { bind: \"${BIND\" }\nstore: { url: \"${1DB}\" }")).containsExactly(
                "store.url: invalid environment variable name in ${...} (letters, digits and _, not starting with a "
                        + "digit)",
                "web.bind: unclosed ${ (write $$ for a literal $)");
    }
}
