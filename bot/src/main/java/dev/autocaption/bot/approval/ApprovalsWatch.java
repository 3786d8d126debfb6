package dev.autocaption.bot.approval;

import dev.autocaption.config.AccountConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices when an approvals file changes, so its decisions are applied at once instead of at the account's next
 * cycle. Each {@link #poll} reads every watched file and compares a SHA-256 of its content: approvals files are
 * small, and a content hash sees every way an editor saves (in place, or a new file renamed over the old one),
 * on every file system (bind mounts and network shares included, where change notifications are unreliable), and
 * ignores saves that change nothing. A change counts once the content is the same on two polls in a row, so a
 * file still being written is not acted on half-way. A file that disappears is not a change (it holds no new
 * decisions). The caller runs {@link #poll} on its own thread every {@link #PERIOD}; synchronized.
 */
public final class ApprovalsWatch {
    /** How often the daemon polls the files. */
    public static final Duration PERIOD = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(ApprovalsWatch.class);

    private final Map<Path, List<String>> accountsByFile;
    private final Map<Path, String> seen = new HashMap<>();
    private final Map<Path, String> acted = new HashMap<>();

    /** Watches these files; the content they hold now counts as already seen (the first cycle reads it anyway). */
    public ApprovalsWatch(Map<Path, List<String>> accountsByFile) {
        this.accountsByFile = Map.copyOf(accountsByFile);
        for (Path file : this.accountsByFile.keySet()) {
            String hash = hash(file);
            seen.put(file, hash);
            acted.put(file, hash);
        }
    }

    /** Watches each account's effective approvals file. */
    public static ApprovalsWatch of(List<AccountConfig> accounts) {
        Map<Path, List<String>> byFile = new LinkedHashMap<>();
        for (AccountConfig account : accounts) {
            byFile.computeIfAbsent(account.review().approvalsFile(), file -> new ArrayList<>()).add(account.id());
        }
        return new ApprovalsWatch(byFile);
    }

    /** The watched files and the accounts reading each. */
    public Map<Path, List<String>> files() {
        return accountsByFile;
    }

    /** Reads every file once; returns the accounts whose file changed and has settled, each change once. */
    public synchronized List<String> poll() {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<Path, List<String>> entry : accountsByFile.entrySet()) {
            Path file = entry.getKey();
            String now = hash(file);
            String before = seen.put(file, now);
            if (now != null && now.equals(before) && !now.equals(acted.get(file))) {
                acted.put(file, now);
                changed.addAll(entry.getValue());
            }
        }
        return changed;
    }

    /** The content's SHA-256; null when the file is missing or unreadable (the cycle reports unreadable files). */
    private static String hash(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.debug("approvals file {} not readable now: {}", file, e.toString());
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
