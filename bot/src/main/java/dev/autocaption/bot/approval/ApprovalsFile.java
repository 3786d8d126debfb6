package dev.autocaption.bot.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the approvals file ({@code review.approvals-file}), which the person writes and the daemon only reads:
 * <pre>
 * decisions:
 *   flickr-main/53684749845: approve            # post the top candidate
 *   flickr-main/53684749846: 2                  # post candidate 2
 *   flickr-main/53684749847: "Two dogs running on a beach."   # post this text
 *   fb-shop/10160000000000002: reject
 * </pre>
 * A malformed entry is reported and skipped; the rest of the file still counts. A missing file means no
 * decisions. Stateless and thread-safe.
 */
public final class ApprovalsFile {
    private static final Pattern KEY = Pattern.compile("([a-z0-9-]+)/([A-Za-z0-9_.:-]+)");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ApprovalsFile() {
    }

    /** Reads and parses the file; a missing file yields no approvals and no problems. */
    public static Parsed read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return new Parsed(List.of(), List.of());
        } catch (IOException e) {
            return new Parsed(List.of(), List.of(file + ": cannot read (" + e.getMessage() + ")"));
        }
        return parse(text, file.toString());
    }

    /** Parses approvals-file text; {@code source} names it in problems. */
    public static Parsed parse(String text, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            return new Parsed(List.of(), List.of(source + ": not valid YAML: " + e.getOriginalMessage()
                    + location(e)));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Parsed(List.of(), List.of());
        }
        JsonNode decisions = root.get("decisions");
        List<String> problems = new ArrayList<>();
        if (!root.isObject() || decisions == null) {
            problems.add(source + ": expected a top-level 'decisions:' map");
            return new Parsed(List.of(), problems);
        }
        if (decisions.isNull()) {
            return new Parsed(List.of(), List.of());
        }
        if (!decisions.isObject()) {
            problems.add(source + ": decisions: expected a map of <account>/<photo>: decision, was a "
                    + decisions.getNodeType().toString().toLowerCase(Locale.ROOT));
            return new Parsed(List.of(), problems);
        }
        List<Approval> approvals = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = decisions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            parseEntry(entry.getKey(), entry.getValue(), approvals, problems, source);
        }
        return new Parsed(approvals, problems);
    }

    private static void parseEntry(String key, JsonNode value, List<Approval> approvals, List<String> problems,
            String source) {
        Matcher matcher = KEY.matcher(key);
        if (!matcher.matches()) {
            problems.add(source + ": decisions." + key + ": expected a key <account id>/<photo id>");
            return;
        }
        String account = matcher.group(1);
        String photo = matcher.group(2);
        if (value.canConvertToInt() && value.isIntegralNumber()) {
            if (value.asInt() < 1) {
                problems.add(source + ": decisions." + key + ": candidate numbers start at 1, was " + value.asInt());
                return;
            }
            approvals.add(Approval.approve(account, photo, value.asInt()));
        } else if (value.isTextual() && !value.asText().isBlank()) {
            approvals.add(textual(account, photo, value.asText()));
        } else {
            problems.add(source + ": decisions." + key + ": expected approve, reject, a candidate number or the "
                    + "caption text in quotes, was " + describe(value));
        }
    }

    private static Approval textual(String account, String photo, String value) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (word.equals("approve") || word.equals("approved") || word.equals("yes")) {
            return Approval.approve(account, photo, 1);
        }
        if (word.equals("reject") || word.equals("rejected") || word.equals("no")) {
            return Approval.reject(account, photo);
        }
        return Approval.edit(account, photo, value);
    }

    private static String describe(JsonNode value) {
        if (value.isNull()) {
            return "nothing";
        }
        if (value.isTextual()) {
            return "an empty text";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.isObject() ? "a map" : value.asText();
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /**
     * The result of reading the file.
     *
     * @param approvals every well-formed decision, in file order
     * @param problems  one line per malformed entry, naming the key and what was expected
     */
    public record Parsed(List<Approval> approvals, List<String> problems) {
        public Parsed {
            approvals = List.copyOf(approvals);
            problems = List.copyOf(problems);
        }
    }
}
