package dev.autocaption.inference.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.inference.CaptioningException;
import dev.autocaption.testing.SharedFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void publishedWordCountsLoadsToElevenThousandFiveHundredTwentyIds() throws Exception {
        Vocabulary vocabulary = Vocabulary.load(SharedFixtures.file("im2txt/word_counts.txt"));

        assertThat(vocabulary.size()).isEqualTo(11_520);
        assertThat(vocabulary.startId()).isEqualTo(1);
        assertThat(vocabulary.endId()).isEqualTo(2);
        assertThat(vocabulary.unknownId()).isEqualTo(11_519);
        assertThat(vocabulary.word(0)).isEqualTo("a");
        assertThat(vocabulary.id("'s")).isEqualTo(128);
    }

    @Test
    void bytesLiteralLinesAreUnwrappedAndKeepTheirPositions() throws Exception {
        Vocabulary vocabulary = Vocabulary.fromLines("family-a", List.of(
                "b'a' 969108", "b'</S>' 586368", "b'<S>' 586368", "b\"it's\" 9", "b'caf\\xc3\\xa9' 5"));

        assertThat(vocabulary.startId()).isEqualTo(2);
        assertThat(vocabulary.endId()).isEqualTo(1);
        assertThat(vocabulary.word(0)).isEqualTo("a");
        assertThat(vocabulary.word(3)).isEqualTo("it's");
        assertThat(vocabulary.word(4)).isEqualTo("café");
    }

    @Test
    void unknownWordIsAppendedAndIdsBeyondTheListMapToIt() throws Exception {
        Vocabulary vocabulary = Vocabulary.fromLines("v", List.of("a 3", "<S> 2", "</S> 2"));

        assertThat(vocabulary.size()).isEqualTo(4);
        assertThat(vocabulary.unknownId()).isEqualTo(3);
        assertThat(vocabulary.id("zebra")).isEqualTo(3);
        assertThat(vocabulary.word(11_999)).isEqualTo("<UNK>");
    }

    @Test
    void existingUnknownLineIsKeptAtItsPosition() throws Exception {
        Vocabulary vocabulary = Vocabulary.fromLines("v", List.of("<UNK> 0", "a 3", "<S> 2", "</S> 2"));

        assertThat(vocabulary.unknownId()).isZero();
        assertThat(vocabulary.size()).isEqualTo(4);
    }

    @Test
    void missingStartWordNamesTheFileAndWhatItSaw() {
        assertThatThrownBy(() -> Vocabulary.fromLines("x/word_counts.txt", List.of("b'a 1", "</S> 2")))
                .isInstanceOf(CaptioningException.class)
                .hasMessage("vocabulary x/word_counts.txt has no <S> line (2 words, first: b'a </S>); expected the "
                        + "word_counts.txt written with the checkpoint");
    }

    @Test
    void blankLineIsRejectedBecauseIdsArePositions() {
        assertThatThrownBy(() -> Vocabulary.fromLines("v", List.of("a 1", "", "<S> 1", "</S> 1")))
                .hasMessage("vocabulary v line 2 is empty; ids are line positions, so blank lines are not allowed");
    }

    @Test
    void badEscapeInBytesLiteralIsReported() {
        assertThatThrownBy(() -> Vocabulary.fromLines("v", List.of("b'\\q' 1", "<S> 1", "</S> 1")))
                .hasMessageContaining("line 1: bad escape");
    }
}
