package dev.autocaption.bot.connector.flickr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkerTagsTest {

    @Test
    void normalisationLowercasesAndDropsPunctuationButKeepsMachineTagStructure() {
        assertThat(MarkerTags.normalise("Two Words!")).isEqualTo("twowords");
        assertThat(MarkerTags.normalise("autocaption:model=Im2Txt-v1.2")).isEqualTo("autocaption:model=im2txtv12");
        assertThat(MarkerTags.normalise("autocaption:status=captioned")).isEqualTo("autocaption:status=captioned");
    }

    @Test
    void markersAreSentInTheirNormalisedForm() {
        assertThat(MarkerTags.forModel("Show&Tell 2016")).containsExactly("autocaption:status=captioned",
                "autocaption:model=showtell2016");
    }

    @Test
    void modelIdWithoutLettersOrDigitsIsRejected() {
        assertThatThrownBy(() -> MarkerTags.forModel("--")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model id must contain a letter or digit, was --");
    }
}
