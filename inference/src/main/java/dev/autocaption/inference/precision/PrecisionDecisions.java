package dev.autocaption.inference.precision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.autocaption.config.Precision;
import dev.autocaption.config.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code auto} precision decisions measured on this machine: {@value #FILE_NAME} in the data directory, one
 * entry per {@link PrecisionKey} with the figures it was made on. Written owner-only (the directory too, when it is
 * created here), replaced atomically. Decisions are derived data: a file that cannot be read is reported and
 * measured again, then replaced. Thread-safe for one process (calls are synchronized); two processes measuring at
 * once each write a whole file, the later one wins.
 */
public final class PrecisionDecisions {
    public static final String FILE_NAME = "precision-decisions.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    /** @param directory the data directory; created (owner-only) at the first save */
    public PrecisionDecisions(Path directory) {
        this.file = Objects.requireNonNull(directory, "directory").resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** One stored decision. */
    record Entry(PrecisionKey key, Precision precision, String reason, Measurement measurement, String measuredAt) {
    }

    /** The file's content. */
    record Content(List<Entry> decisions) {
        Content {
            decisions = List.copyOf(decisions);
        }
    }

    /**
     * The decision stored for {@code key}, marked reused; null when there is none.
     *
     * @throws IOException when the file exists but cannot be read or parsed; the message names it
     */
    public synchronized PrecisionDecision find(PrecisionKey key) throws IOException {
        for (Entry e : read()) {
            if (e.key().equals(key)) {
                return new PrecisionDecision(e.precision(), e.reason(), e.measurement(),
                        e.measuredAt() == null ? null : Instant.parse(e.measuredAt()), true);
            }
        }
        return null;
    }

    /** Stores {@code decision} for {@code key}, replacing an older one for the same key and keeping the others. */
    public synchronized void save(PrecisionKey key, PrecisionDecision decision) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try {
            read().stream().filter(e -> !e.key().equals(key)).forEach(entries::add);
        } catch (IOException unreadable) {
            // a damaged file is replaced by one that holds this decision (the caller has reported it)
        }
        entries.add(new Entry(key, decision.precision(), decision.reason(), decision.measurement(),
                decision.measuredAt() == null ? null : decision.measuredAt().toString()));
        PrivateFiles.createDirectories(file.toAbsolutePath().getParent());
        PrivateFiles.writeString(file, JSON.writeValueAsString(new Content(entries)));
    }

    private List<Entry> read() throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        try {
            return JSON.readValue(text, Content.class).decisions();
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IOException(file + " is not a precision decisions file: " + e.getMessage(), e);
        }
    }
}
