package dev.autocaption.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scripted faults, per operation: {@link #once} queues a fault for the next matching call, {@link #always} applies
 * to every matching call until {@link #clear}. The operation {@link #ANY} matches every call. A fault may also be
 * aimed at one subject of an operation ({@link #subject}, e.g. the image of one photo): it matches only calls about
 * that subject and is used before the operation's own faults. Queued faults are used before permanent ones.
 * Thread-safe.
 */
public final class FaultScript {

    /** Matches every operation. */
    public static final String ANY = "*";

    private final Map<String, Deque<Fault>> queued = new HashMap<>();
    private final Map<String, Fault> permanent = new HashMap<>();

    /** The next call of {@code operation} gets {@code fault}; several calls queue up in order. */
    public synchronized FaultScript once(String operation, Fault fault) {
        queued.computeIfAbsent(Objects.requireNonNull(operation, "operation"), key -> new ArrayDeque<>())
                .add(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** The next {@code times} calls of {@code operation} get {@code fault}. */
    public synchronized FaultScript times(String operation, int times, Fault fault) {
        for (int i = 0; i < times; i++) {
            once(operation, fault);
        }
        return this;
    }

    /** Every call of {@code operation} gets {@code fault} until {@link #clear}. */
    public synchronized FaultScript always(String operation, Fault fault) {
        permanent.put(Objects.requireNonNull(operation, "operation"), Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** The key that aims a fault at one subject of an operation: {@code image/<photo id>}. */
    public static String subject(String operation, String subject) {
        return Objects.requireNonNull(operation, "operation") + "/" + Objects.requireNonNull(subject, "subject");
    }

    public synchronized void clear() {
        queued.clear();
        permanent.clear();
    }

    /** Takes the fault for this call, if any. */
    synchronized Optional<Fault> next(String operation) {
        return next(operation, null);
    }

    /** Takes the fault for this call about {@code subject} (null when the call has none), if any. */
    synchronized Optional<Fault> next(String operation, String subject) {
        if (subject != null) {
            String key = subject(operation, subject);
            Deque<Fault> queue = queued.get(key);
            if (queue != null && !queue.isEmpty()) {
                return Optional.of(queue.poll());
            }
            if (permanent.containsKey(key)) {
                return Optional.of(permanent.get(key));
            }
        }
        for (String key : new String[] {operation, ANY}) {
            Deque<Fault> queue = queued.get(key);
            if (queue != null && !queue.isEmpty()) {
                return Optional.of(queue.poll());
            }
        }
        Fault fault = permanent.getOrDefault(operation, permanent.get(ANY));
        return Optional.ofNullable(fault);
    }
}
