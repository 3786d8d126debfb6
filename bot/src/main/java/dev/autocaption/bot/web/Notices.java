package dev.autocaption.bot.web;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a form did, kept for the page the browser is sent to next (post, redirect, get): a random id in the
 * redirect's query names the lines. Keeps the newest {@link #KEPT}; thread-safe.
 */
final class Notices {
    static final int KEPT = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The lines of one notice, and whether any of them is a refusal. */
    record Notice(List<String> lines, boolean trouble) {
    }

    private final Map<String, Notice> notices = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Notice> eldest) {
            return size() > KEPT;
        }
    };

    /** Keeps the lines; returns the id to pass on. */
    synchronized String add(List<String> lines, boolean trouble) {
        String id = Long.toHexString(RANDOM.nextLong());
        notices.put(id, new Notice(List.copyOf(lines), trouble));
        return id;
    }

    /** The notice with this id; null for none (or one already dropped). */
    synchronized Notice get(String id) {
        return id == null ? null : notices.get(id);
    }
}
