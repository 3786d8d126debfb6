package dev.autocaption.workshop.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.inference.vocabulary.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordCountsTest {
    private final List<List<String>> captions = List.of(
            WordCounts.tokens("A dog on the grass"),
            WordCounts.tokens("a dog on the beach"),
            WordCounts.tokens("two cats on the grass"));

    @Test
    void wordsAreListedMostFrequentFirstWithTiesAlphabeticalAndSentenceMarksCountedPerCaption() {
        assertThat(WordCounts.of(captions, 1).lines()).containsExactly("</S> 3", "<S> 3", "on 3", "the 3", "a 2",
                "dog 2", "grass 2", "beach 1", "cats 1", "two 1");
    }

    @Test
    void rareWordsAreLeftToUnknown() throws Exception {
        Vocabulary vocabulary = WordCounts.of(captions, 2).vocabulary();

        assertThat(vocabulary.size()).isEqualTo(8);
        assertThat(vocabulary.id("beach")).isEqualTo(vocabulary.unknownId());
        assertThat(TrainingSet.ids("a cat on the beach", vocabulary, 10)).containsExactly(vocabulary.startId(),
                vocabulary.id("a"), vocabulary.unknownId(), vocabulary.id("on"), vocabulary.id("the"),
                vocabulary.unknownId(), vocabulary.endId());
    }

    @Test
    void longCaptionsAreCutBeforeTheEndToken() throws Exception {
        Vocabulary vocabulary = WordCounts.of(captions, 1).vocabulary();

        assertThat(TrainingSet.ids("a dog on the grass", vocabulary, 2)).containsExactly(vocabulary.startId(),
                vocabulary.id("a"), vocabulary.id("dog"), vocabulary.endId());
    }
}
