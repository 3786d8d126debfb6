package dev.autocaption.bot.connector;

import java.time.Duration;

/** Waits. Injected so that tests record the pauses instead of sleeping through them. */
@FunctionalInterface
public interface Sleeper {

    /** The real one: {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
