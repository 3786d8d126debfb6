package dev.autocaption.inference.showandtell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.autocaption.inference.Caption;
import dev.autocaption.inference.beam.Hypothesis;
import dev.autocaption.inference.vocabulary.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionDecoderTest {

    @Test
    void completeCaptionBecomesACleanSentenceWithoutStartAndEnd() throws Exception {
        Vocabulary vocabulary = Vocabulary.fromLines("v", TinyModelDirectory.WORDS);
        Hypothesis h = new Hypothesis(new int[] {1, 8, 9, 10, 3, 2}, new float[0], Math.log(0.01), Math.log(0.01),
                true, 0);

        Caption caption = new CaptionDecoder(vocabulary).caption(h);

        assertThat(caption.text()).isEqualTo("Man's hat.");
        assertThat(caption.tokens()).containsExactly("man", "'s", "hat", ".");
        assertThat(caption.probability()).isCloseTo(0.01, within(1e-12));
        assertThat(caption.score()).isCloseTo(Math.pow(0.01, 1.0 / 5), within(1e-12));
    }

    @Test
    void partialCaptionKeepsItsLastWordAndGetsAPeriod() throws Exception {
        Vocabulary vocabulary = Vocabulary.fromLines("v", TinyModelDirectory.WORDS);
        Hypothesis h = new Hypothesis(new int[] {1, 0, 4, 5, 6, 7}, new float[0], -3, -3, false, 0);

        assertThat(new CaptionDecoder(vocabulary).caption(h).text()).isEqualTo("A dog on the grass.");
    }

    @Test
    void sentenceSpacingAndPunctuation() {
        assertThat(CaptionDecoder.sentence(List.of("a", "man", ",", "a", "dog", "and", "a", "cat", "!")))
                .isEqualTo("A man, a dog and a cat!");
        assertThat(CaptionDecoder.sentence(List.of("people", "do", "n't", "smile", ","))).isEqualTo(
                "People don't smile.");
        assertThat(CaptionDecoder.sentence(List.of())).isEmpty();
    }
}
