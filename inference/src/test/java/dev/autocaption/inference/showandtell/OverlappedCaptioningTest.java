package dev.autocaption.inference.showandtell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.inference.Caption;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OverlappedCaptioningTest {
    private static final int BATCH = 2;

    private final ScriptedStages stages = new ScriptedStages();
    private final OverlappedCaptioning overlapped = new OverlappedCaptioning(stages);

    @AfterEach
    void close() {
        overlapped.close();
    }

    private static List<ImageInput> images(int n) {
        List<ImageInput> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ImageInput("img" + i, new byte[] {(byte) i}));
        }
        return out;
    }

    @Test
    void resultsComeBackInInputOrderWithBadImagesInTheirPlaces() throws Exception {
        stages.badImages.add("img3");

        List<CaptionResult> results = overlapped.caption(images(7), BATCH);

        assertThat(results).extracting(CaptionResult::imageId)
                .containsExactly("img0", "img1", "img2", "img3", "img4", "img5", "img6");
        assertThat(results).extracting(CaptionResult::failed)
                .containsExactly(false, false, false, true, false, false, false);
        assertThat(results.get(4).best().text()).isEqualTo("Image img4 in batch [img2, img4].");
    }

    @Test
    void anEncoderFailureNamesItsImagesAndNoSearchOfTheCallOutlivesIt() throws Exception {
        stages.failEncoding = "img2";

        assertThatThrownBy(() -> overlapped.caption(images(8), BATCH))
                .isInstanceOf(CaptioningException.class)
                .hasMessage("encoder failed on [img2, img3]");
        assertThat(stages.searchesRunning.get()).isZero();
    }

    @Test
    void aBeamSearchFailureReachesTheCallerWithItsImages() {
        stages.failSearch = "img4";

        assertThatThrownBy(() -> overlapped.caption(images(6), BATCH))
                .isInstanceOf(CaptioningException.class)
                .hasMessage("beam search failed on [img4, img5]");
    }

    @Test
    void anErrorWhilePreparingIsTheCallsFailureNamingTheImage() {
        stages.crashPreparing = "img3";

        assertThatThrownBy(() -> overlapped.caption(images(6), BATCH))
                .isInstanceOf(CaptioningException.class)
                .hasMessageStartingWith("preparing image img3 failed outside the decoder: java.lang.StackOverflowError")
                .hasCauseInstanceOf(StackOverflowError.class);
    }

    @Test
    void theDecodeThreadWorksAheadOfTheEncoderByTwoOrThreeBatchesNeverMore() throws Exception {
        stages.holdFirstEncodingUntilPrepared = 3 * BATCH;

        List<CaptionResult> results = overlapped.caption(images(20), BATCH);

        assertThat(results).noneMatch(CaptionResult::failed);
        assertThat(stages.mostBatchesAhead.get()).isBetween(2, 3);
    }

    @Test
    void aClosedPipelineRefusesNewWorkWithAClearError() {
        overlapped.close();

        assertThatThrownBy(() -> overlapped.caption(images(4), BATCH))
                .isInstanceOf(CaptioningException.class)
                .hasMessage("the captioner is closed; 4 images not captioned");
    }

    /** Stages that caption an image with its id and batch, and fail or stall where a test says. */
    private static final class ScriptedStages implements CaptionStages {
        final List<String> badImages = new ArrayList<>();
        volatile String failEncoding;
        volatile String failSearch;
        volatile String crashPreparing;
        volatile int holdFirstEncodingUntilPrepared;
        final AtomicInteger searchesRunning = new AtomicInteger();
        final AtomicInteger mostBatchesAhead = new AtomicInteger();
        private final AtomicInteger prepared = new AtomicInteger();
        private final AtomicInteger encodingsStarted = new AtomicInteger();
        private final CountDownLatch enoughPrepared = new CountDownLatch(1);

        @Override
        public float[] prepare(ImageInput image, CaptionResult[] results, int index) {
            if (image.id().equals(crashPreparing)) {
                throw new StackOverflowError();
            }
            if (badImages.contains(image.id())) {
                results[index] = CaptionResult.failed(image.id(), image.id() + ": not an image");
                return null;
            }
            int batchOfThisImage = prepared.getAndIncrement() / BATCH + 1;
            mostBatchesAhead.accumulateAndGet(batchOfThisImage - encodingsStarted.get(), Math::max);
            if (prepared.get() >= holdFirstEncodingUntilPrepared) {
                enoughPrepared.countDown();
            }
            return new float[] {index};
        }

        @Override
        public ShowAndTellModel.Encoded encode(ImageBatch batch) throws CaptioningException {
            if (encodingsStarted.incrementAndGet() == 1 && holdFirstEncodingUntilPrepared > 0) {
                try {
                    enoughPrepared.await();
                } catch (InterruptedException e) {
                    throw new CaptioningException("interrupted", e);
                }
            }
            if (failEncoding != null && batch.ids().contains(failEncoding)) {
                throw new CaptioningException("encoder failed on " + batch.describe());
            }
            return new ShowAndTellModel.Encoded(new float[batch.size()][1], null);
        }

        @Override
        public List<CaptionResult> search(ImageBatch batch, ShowAndTellModel.Encoded encoded)
                throws CaptioningException {
            searchesRunning.incrementAndGet();
            try {
                if (failSearch != null && batch.ids().contains(failSearch)) {
                    throw new CaptioningException("beam search failed on " + batch.describe());
                }
                List<CaptionResult> out = new ArrayList<>();
                for (String id : batch.ids()) {
                    out.add(CaptionResult.of(id, List.of(new Caption("Image " + id + " in batch "
                            + batch.describe() + ".", List.of(id), -1, Math.exp(-1), 0.5))));
                }
                return out;
            } finally {
                searchesRunning.decrementAndGet();
            }
        }
    }
}
