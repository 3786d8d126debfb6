package dev.autocaption.bot.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * SIGTERM and Ctrl-C (SIGINT) for the daemon: the first asks for a graceful stop (the run command then closes the
 * scheduler, the captioner and the database in that order); a second one forces the process to end at once. A JVM
 * shutdown hook cannot do the second part — once hooks run, the JVM ignores further signals — hence
 * {@code sun.misc.Signal}, which stays supported in jdk.unsupported.
 */
final class ShutdownSignals {
    private static final Logger LOG = LoggerFactory.getLogger(ShutdownSignals.class);
    /** The exit status of a forced stop: 128 + SIGINT, as shells report it. */
    static final int FORCED_EXIT = 130;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final AtomicInteger signals = new AtomicInteger();

    static ShutdownSignals install() {
        ShutdownSignals signals = new ShutdownSignals();
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> signals.received("SIG" + signal.getName()));
        }
        return signals;
    }

    private void received(String name) {
        if (signals.incrementAndGet() == 1) {
            LOG.info("{} received: stopping after the work in hand (send it again to force an immediate exit)",
                    name);
            stopRequested.countDown();
            return;
        }
        LOG.warn("{} received again: forcing exit now; claimed posts are reconciled at the next start", name);
        // Deliberately not System.exit: shutdown hooks would wait for the graceful stop we are cutting short.
        Runtime.getRuntime().halt(FORCED_EXIT);
    }

    /** Blocks until the first signal. */
    void awaitStop() throws InterruptedException {
        stopRequested.await();
    }
}
