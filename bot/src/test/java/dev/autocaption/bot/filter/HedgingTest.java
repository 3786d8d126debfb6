package dev.autocaption.bot.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HedgingTest {
    @Test
    void ordinaryCapitalisedFirstWordIsLowered() {
        assertThat(Hedging.hedge("A dog on a beach.")).isEqualTo("May show a dog on a beach.");
        assertThat(Hedging.hedge("Two cats on a sofa.")).isEqualTo("May show two cats on a sofa.");
        assertThat(Hedging.hedge("Élan of a dancer.")).isEqualTo("May show élan of a dancer.");
    }

    @Test
    void acronymsMixedCaseAndIKeepTheirCase() {
        assertThat(Hedging.hedge("TV on a table.")).isEqualTo("May show TV on a table.");
        assertThat(Hedging.hedge("iPhone on a desk.")).isEqualTo("May show iPhone on a desk.");
        assertThat(Hedging.hedge("I took this.")).isEqualTo("May show I took this.");
    }

    @Test
    void alreadyHedgedCaptionsAreKept() {
        assertThat(Hedging.hedge("May be an image of 2 people.")).isEqualTo("May be an image of 2 people.");
        assertThat(Hedging.hedge("may show a dog.")).isEqualTo("may show a dog.");
    }

    @Test
    void blankStaysBlank() {
        assertThat(Hedging.hedge("  ")).isEmpty();
    }
}
