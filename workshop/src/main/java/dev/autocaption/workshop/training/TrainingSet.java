package dev.autocaption.workshop.training;

import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.image.ImageDecoder;
import dev.autocaption.inference.image.ImageDecodingException;
import dev.autocaption.inference.showandtell.EncoderSpec;
import dev.autocaption.inference.vocabulary.Vocabulary;
import dev.autocaption.workshop.coco.CocoDataset;
import dev.autocaption.workshop.coco.CocoExample;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * A COCO-format data set held in memory for training: every image preprocessed once (quantised to bytes, see
 * {@link ImagePreparation}) and every caption as word ids {@code <S> w1 … wn </S>}. Batches sample an image
 * uniformly, then one of its captions uniformly, as im2txt does (each caption is an example). Immutable after
 * loading; {@link #batch} is thread-safe.
 */
final class TrainingSet {
    static final long MAX_IMAGE_PIXELS = 100_000_000L;

    private final List<byte[]> images;
    private final List<int[][]> captions;
    private final int imageValues;
    private final int timeSteps;
    private final int vocabSize;

    private TrainingSet(List<byte[]> images, List<int[][]> captions, int imageValues, int timeSteps,
            int vocabSize) {
        this.images = images;
        this.captions = captions;
        this.imageValues = imageValues;
        this.timeSteps = timeSteps;
        this.vocabSize = vocabSize;
    }

    /**
     * Decodes and preprocesses every image of {@code data} with the engine's decoder and preprocessing graph.
     *
     * @param loaded called with the number of images loaded so far, every 100 images
     * @throws CaptioningException naming the image that cannot be read or decoded
     */
    static TrainingSet load(CocoDataset data, Vocabulary vocabulary, EncoderSpec spec, int maxWords,
            IntConsumer loaded) throws CaptioningException {
        List<byte[]> images = new ArrayList<>();
        List<int[][]> captions = new ArrayList<>();
        int longest = 1;
        try (ImageDecoder decoder = new ImageDecoder(MAX_IMAGE_PIXELS);
             ImagePreparation preparation = new ImagePreparation(spec)) {
            for (CocoExample example : data.examples()) {
                images.add(preparation.prepare(decoder.decode(example.path().toString(),
                        Files.readAllBytes(example.path()))));
                int[][] ids = example.captions().stream().map(c -> ids(c, vocabulary, maxWords))
                        .toArray(int[][]::new);
                for (int[] caption : ids) {
                    longest = Math.max(longest, caption.length - 1);
                }
                captions.add(ids);
                if (images.size() % 100 == 0) {
                    loaded.accept(images.size());
                }
            }
        } catch (IOException | ImageDecodingException e) {
            throw new CaptioningException("cannot load training image: " + e.getMessage(), e);
        }
        int values = spec.inputSize() * spec.inputSize() * 3;
        return new TrainingSet(List.copyOf(images), List.copyOf(captions), values, longest, vocabulary.size());
    }

    /** {@code <S>}, the first {@code maxWords} words (unknown words as {@code <UNK>}), {@code </S>}. */
    static int[] ids(String caption, Vocabulary vocabulary, int maxWords) {
        List<String> words = WordCounts.tokens(caption);
        int n = Math.min(maxWords, words.size());
        int[] ids = new int[n + 2];
        ids[0] = vocabulary.startId();
        for (int i = 0; i < n; i++) {
            ids[i + 1] = vocabulary.id(words.get(i));
        }
        ids[n + 1] = vocabulary.endId();
        return ids;
    }

    int size() {
        return images.size();
    }

    int captionCount() {
        return captions.stream().mapToInt(c -> c.length).sum();
    }

    /** Unrolled LSTM steps a batch needs: the longest caption plus its end token. */
    int timeSteps() {
        return timeSteps;
    }

    Batch batch(SplittableRandom random, int size) {
        float[] pixels = new float[size * imageValues];
        int[] inputs = new int[size * timeSteps];
        int[] targets = new int[size * timeSteps];
        float[] mask = new float[size * timeSteps];
        float[] words = new float[size * vocabSize];
        for (int b = 0; b < size; b++) {
            int image = random.nextInt(images.size());
            ImagePreparation.restore(images.get(image), pixels, b * imageValues);
            int[][] choices = captions.get(image);
            bagOfWords(choices, words, b * vocabSize);
            int[] caption = choices[random.nextInt(choices.length)];
            for (int t = 0; t < caption.length - 1; t++) {
                inputs[b * timeSteps + t] = caption[t];
                targets[b * timeSteps + t] = caption[t + 1];
                mask[b * timeSteps + t] = 1f;
            }
        }
        return new Batch(size, timeSteps, pixels, inputs, targets, mask, words);
    }

    /** Word frequencies over all of an image's captions (start and end tokens left out), normalised to sum 1. */
    private void bagOfWords(int[][] captions, float[] out, int offset) {
        int total = 0;
        for (int[] caption : captions) {
            for (int t = 1; t < caption.length - 1; t++) {
                out[offset + caption[t]] += 1f;
                total++;
            }
        }
        for (int i = 0; total > 0 && i < vocabSize; i++) {
            out[offset + i] /= total;
        }
    }
}
