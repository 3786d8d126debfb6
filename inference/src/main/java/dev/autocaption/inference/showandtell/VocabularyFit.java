package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.vocabulary.Vocabulary;
import java.nio.file.Path;

/**
 * Refuses a vocabulary that does not belong to its checkpoint, instead of printing garbage: more words than the
 * model has rows, or start/end ids that look swapped (spec 6.3: a trained model never predicts {@code <S>}, so its
 * logit bias is far below that of {@code </S>}; pairing a family-A checkpoint with the family-B vocabulary, where the
 * two lines are in the other order, gives captions full of {@code <S>}).
 */
final class VocabularyFit {
    private VocabularyFit() {
    }

    /** Checks what can be checked without the weights. */
    public static void checkSize(Vocabulary vocabulary, Path file, Architecture architecture)
            throws CaptioningException {
        if (vocabulary.size() > architecture.vocabSize()) {
            throw new CaptioningException("vocabulary " + file + " has " + vocabulary.size() + " ids (<UNK> "
                    + "included) but the model has only " + architecture.vocabSize() + " word rows; use the "
                    + "word_counts.txt written with this checkpoint");
        }
    }

    /** Checks the start/end ids against the restored {@code logits/biases}. */
    public static void checkStartAndEnd(Vocabulary vocabulary, Path file, float[] logitBiases)
            throws CaptioningException {
        float start = logitBiases[vocabulary.startId()];
        float end = logitBiases[vocabulary.endId()];
        if (!(start < end)) {
            throw new CaptioningException(String.format(java.util.Locale.ROOT, "vocabulary %s does not fit the "
                    + "checkpoint: the logit bias of <S> (id %d) is %.3f and of </S> (id %d) is %.3f, but a trained "
                    + "model never predicts <S>, so its bias must be the lower one. The start and end ids are "
                    + "probably swapped: use the word_counts.txt written with this checkpoint (family-A files list "
                    + "</S> before <S>, KranthiGV's list <S> first)", file, vocabulary.startId(), start,
                    vocabulary.endId(), end));
        }
    }
}
