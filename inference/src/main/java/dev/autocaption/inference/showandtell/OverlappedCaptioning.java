package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageInput;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The stages on three threads, so that they overlap: a decode thread prepares the images and hands batches over
 * a queue of {@value #QUEUED_BATCHES}; the calling thread runs the encoder on each batch; a beam thread searches
 * batch k while the encoder works on batch k + 1. Batches are made exactly as in {@link SequentialCaptioning}, so
 * the captions are the same. At most four batches are alive per call (one being decoded, one queued, one in the
 * encoder, one in the beam search).
 *
 * <p>A bad image stays that image's result. A stage that fails as a whole ends the call with its
 * {@link CaptioningException}, which names the batch's images; before it reaches the caller the decode thread is
 * stopped and the beam search still running for this call has finished, so nothing of a failed call runs on.
 *
 * <p>Thread-safe; concurrent calls share the two threads and queue behind each other. {@link #close()} lets the
 * work already handed over finish, then stops the threads.
 */
final class OverlappedCaptioning implements AutoCloseable {
    static final int QUEUED_BATCHES = 1;
    private static final long CLOSE_WAIT_SECONDS = 60;

    private final CaptionStages stages;
    private final ExecutorService decoding = Executors.newSingleThreadExecutor(daemon("autocaption-decode"));
    private final ExecutorService searching = Executors.newSingleThreadExecutor(daemon("autocaption-beam"));

    /** What the decode thread hands over: a batch, the end of the images (both null), or its own failure. */
    private record Handoff(ImageBatch batch, CaptioningException failure) {
        static final Handoff END = new Handoff(null, null);
    }

    OverlappedCaptioning(CaptionStages stages) {
        this.stages = stages;
    }

    /** @param batchSize images per encoder run */
    List<CaptionResult> caption(List<ImageInput> images, int batchSize) throws CaptioningException {
        CaptionResult[] results = new CaptionResult[images.size()];
        BlockingQueue<Handoff> ready = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        Future<?> producer = submit(decoding, () -> prepareAll(images, batchSize, results, ready), images.size());
        Future<List<CaptionResult>> inSearch = null;
        try {
            ImageBatch searched = null;
            for (ImageBatch batch = take(ready, images.size()); batch != null; batch = take(ready, images.size())) {
                ShowAndTellModel.Encoded encoded = stages.encode(batch);
                collect(searched, inSearch, results);
                ImageBatch encodedBatch = batch;
                inSearch = submit(searching, () -> stages.search(encodedBatch, encoded), images.size());
                searched = batch;
            }
            collect(searched, inSearch, results);
            inSearch = null;
            return Arrays.asList(results);
        } finally {
            producer.cancel(true);
            awaitQuietly(inSearch);
        }
    }

    /** The decode thread's work: every image prepared in order, batches handed over as they fill up. */
    private Void prepareAll(List<ImageInput> images, int batchSize, CaptionResult[] results,
            BlockingQueue<Handoff> ready) {
        ImageBatch.Assembler assembler = new ImageBatch.Assembler(batchSize);
        int i = 0;
        try {
            for (; i < images.size() && !Thread.currentThread().isInterrupted(); i++) {
                float[] input = stages.prepare(images.get(i), results, i);
                ImageBatch full = input == null ? null : assembler.add(images.get(i).id(), i, input);
                if (full != null) {
                    ready.put(new Handoff(full, null));
                }
            }
            ImageBatch rest = assembler.rest();
            if (rest != null) {
                ready.put(new Handoff(rest, null));
            }
            ready.put(Handoff.END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the caller gave up on this call; nobody waits for more
        } catch (RuntimeException | Error e) {
            String id = images.get(Math.min(i, images.size() - 1)).id();
            handOver(ready, new Handoff(null, new CaptioningException("preparing image " + id + " failed "
                    + "outside the decoder: " + e, e)));
        }
        return null;
    }

    /** Hands over the decode thread's failure; the caller always takes it, unless it gave up (interrupt). */
    private static void handOver(BlockingQueue<Handoff> ready, Handoff failure) {
        try {
            ready.put(failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ImageBatch take(BlockingQueue<Handoff> ready, int images) throws CaptioningException {
        Handoff next;
        try {
            next = ready.take();
        } catch (InterruptedException e) {
            throw interrupted(e, images);
        }
        if (next.failure() != null) {
            throw next.failure();
        }
        return next.batch();
    }

    private static void collect(ImageBatch batch, Future<List<CaptionResult>> search, CaptionResult[] results)
            throws CaptioningException {
        if (search == null) {
            return;
        }
        List<CaptionResult> done;
        try {
            done = search.get();
        } catch (InterruptedException e) {
            throw interrupted(e, batch.size());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CaptioningException failure) {
                throw failure;
            }
            throw new CaptioningException("beam search failed on " + batch.describe() + ": " + e.getCause(),
                    e.getCause());
        }
        for (int k = 0; k < batch.size(); k++) {
            results[batch.indices().get(k)] = done.get(k);
        }
    }

    private static <T> Future<T> submit(ExecutorService executor, Callable<T> work, int images)
            throws CaptioningException {
        try {
            return executor.submit(work);
        } catch (RejectedExecutionException e) {
            throw new CaptioningException("the captioner is closed; " + images + " images not captioned", e);
        }
    }

    private static void awaitQuietly(Future<?> search) {
        if (search == null) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                search.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break; // the call is already failing with the error that stopped it; this one changes nothing
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static CaptioningException interrupted(InterruptedException e, int images) {
        Thread.currentThread().interrupt();
        return new CaptioningException("interrupted while captioning " + images + " images", e);
    }

    @Override
    public void close() {
        decoding.shutdown();
        searching.shutdown();
        try {
            if (!decoding.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)
                    || !searching.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                decoding.shutdownNow();
                searching.shutdownNow();
            }
        } catch (InterruptedException e) {
            decoding.shutdownNow();
            searching.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
