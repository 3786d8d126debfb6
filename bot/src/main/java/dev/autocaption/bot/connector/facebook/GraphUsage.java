package dev.autocaption.bot.connector.facebook;

import com.restfb.DebugHeaderInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Meta's usage headers turned into pacing. After every call we read {@code x-app-usage}, {@code x-page-usage} and
 * {@code x-business-use-case-usage} (percentages of the limit): from {@link #SLOW_AT} % we pause before each call,
 * longer as usage rises; at 100 % we stop until {@code estimated_time_to_regain_access} has passed (or
 * {@link #DEFAULT_BLOCK} when the header gives none). Rate-limit errors block the same way. Thread-safe.
 */
final class GraphUsage {

    static final int SLOW_AT = 75;
    static final Duration DEFAULT_BLOCK = Duration.ofMinutes(15);
    static final Duration MAX_PAUSE = Duration.ofSeconds(60);

    private final Clock clock;
    private int percent;
    private Instant blockedUntil = Instant.MIN;

    GraphUsage(Clock clock) {
        this.clock = clock;
    }

    /** How long calls must wait entirely (zero when they may go ahead). */
    synchronized Duration blockedFor() {
        Duration left = Duration.between(clock.instant(), blockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The pause before the next call: zero below {@link #SLOW_AT} %, rising to {@link #MAX_PAUSE} near 100 %. */
    synchronized Duration pause() {
        if (percent < SLOW_AT) {
            return Duration.ZERO;
        }
        long step = MAX_PAUSE.toMillis() * (percent - SLOW_AT + 1) / (100 - SLOW_AT);
        return Duration.ofMillis(Math.min(MAX_PAUSE.toMillis(), step));
    }

    synchronized int percent() {
        return percent;
    }

    /** Reads the headers of the last response (null when there were none). */
    synchronized void observe(DebugHeaderInfo info) {
        if (info == null) {
            return;
        }
        List<Integer> levels = new ArrayList<>();
        addUsage(levels, info.getAppUsage());
        addUsage(levels, info.getPageUsage());
        Optional<Integer> regain = Optional.empty();
        DebugHeaderInfo.BusinessUseCaseUsage buc = info.getBusinessUseCaseUsage();
        if (buc != null && buc.getBusinessIds() != null) {
            for (String id : buc.getBusinessIds()) {
                for (DebugHeaderInfo.InnerBusinessUseCaseUsage inner : buc.get(id)) {
                    levels.add(nz(inner.getCallCount()));
                    levels.add(nz(inner.getTotalCputime()));
                    levels.add(nz(inner.getTotalTime()));
                    if (nz(inner.getEstimatedTimeToRegainAccess()) > 0) {
                        regain = Optional.of(Math.max(regain.orElse(0), inner.getEstimatedTimeToRegainAccess()));
                    }
                }
            }
        }
        percent = levels.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (percent >= 100 || regain.isPresent()) {
            block(regain.map(Duration::ofMinutes).orElse(DEFAULT_BLOCK));
        }
    }

    /** A rate-limit error: stop for the regain time the headers gave, else {@link #DEFAULT_BLOCK}. */
    synchronized Duration rateLimited(DebugHeaderInfo info) {
        observe(info);
        if (blockedFor().isZero()) {
            block(DEFAULT_BLOCK);
        }
        return blockedFor();
    }

    private void block(Duration duration) {
        Instant until = clock.instant().plus(duration);
        if (until.isAfter(blockedUntil)) {
            blockedUntil = until;
        }
    }

    private static void addUsage(List<Integer> levels, DebugHeaderInfo.HeaderUsage usage) {
        if (usage != null) {
            levels.add(nz(usage.getCallCount()));
            levels.add(nz(usage.getTotalTime()));
            levels.add(nz(usage.getTotalCputime()));
        }
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
