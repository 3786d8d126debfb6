package dev.autocaption.bot.pipeline;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.store.Photo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Downloads the next window of photos on a thread of its own while the caller captions the current one, so the
 * captioner is not idle while images travel. It only reads (the photo's remote post id, the image): what a failure
 * means for the photo or the account is decided and recorded by the caller ({@link FailureScope},
 * {@link PhotoFailures}), in window order. A window stops at the first failure that concerns the account, and at
 * the cycle's stop signal. One window ahead at most. Not thread-safe: one per {@link Captioning#run}.
 */
final class Downloads implements AutoCloseable {
    private static final long CLOSE_WAIT_SECONDS = 130;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "autocaption-download");
        t.setDaemon(true);
        return t;
    });
    private final Cycle cycle;
    private Future<List<Downloaded>> ahead;

    /** One photo's image, or why it could not be had. */
    record Downloaded(Photo photo, byte[] bytes, ConnectorException failure) {
    }

    Downloads(Cycle cycle) {
        this.cycle = cycle;
    }

    /** Starts downloading {@code window} (the previous one must have been taken). */
    void start(List<Photo> window) {
        if (ahead != null) {
            throw new IllegalStateException("the previous window was not taken");
        }
        ahead = thread.submit(() -> downloadAll(window));
    }

    /** Waits for the window {@link #start} began. */
    List<Downloaded> take() throws InterruptedException {
        Future<List<Downloaded>> window = ahead;
        ahead = null;
        try {
            return window.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException("downloading failed: " + e.getCause(), e.getCause());
        }
    }

    private List<Downloaded> downloadAll(List<Photo> window) {
        List<Downloaded> out = new ArrayList<>(window.size());
        for (Photo photo : window) {
            if (cycle.stopping().getAsBoolean() || Thread.currentThread().isInterrupted()) {
                break;
            }
            Downloaded one = download(photo);
            out.add(one);
            if (one.failure() != null && FailureScope.of(one.failure()).concernsAccount()) {
                break;
            }
        }
        return out;
    }

    private Downloaded download(Photo photo) {
        try {
            String postId = cycle.database().inTransaction(tx -> PipelineRows.remotePostId(tx, photo.id()))
                    .orElse(null);
            return new Downloaded(photo, cycle.account().source().openImage(RemotePhotos.of(photo, postId)), null);
        } catch (ConnectorException e) {
            return new Downloaded(photo, null, e);
        }
    }

    /**
     * Stops a window still downloading (its photos stay as they are, for the next cycle) and waits for the
     * thread, at most a little longer than the longest image deadline.
     */
    @Override
    public void close() {
        if (ahead != null) {
            ahead.cancel(true);
        }
        thread.shutdownNow();
        try {
            thread.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
