package dev.autocaption.workshop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionTokenizerTest {
    @Test
    void lowercasesAndDropsPunctuation() {
        assertThat(CaptionTokenizer.tokenize("A Dog, on the GRASS!  (Outside.)"))
                .containsExactly("a", "dog", "on", "the", "grass", "outside");
    }

    @Test
    void splitsCliticsLikePtb() {
        assertThat(CaptionTokenizer.tokenize("The dog's ball isn't red"))
                .containsExactly("the", "dog", "'s", "ball", "is", "n't", "red");
    }

    @Test
    void keepsInnerHyphensAndDropsEdgeQuotesAndDashes() {
        assertThat(CaptionTokenizer.tokenize("a man in a t-shirt -- 'smiling'"))
                .containsExactly("a", "man", "in", "a", "t-shirt", "smiling");
    }

    @Test
    void generatorCaptionsPassThroughUnchanged() {
        assertThat(CaptionTokenizer.normalize("two dogs playing on the beach at sunset"))
                .isEqualTo("two dogs playing on the beach at sunset");
    }
}
