package dev.autocaption.bot.approval;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the approvals file ({@code review.approvals-file}), which the person writes and the daemon only reads:
 * <pre>
 * decisions:
 *   flickr-main/53684749845: approve                        # post the top candidate (also: yes)
 *   flickr-main/53684749846: 2                              # post candidate 2
 *   flickr-main/53684749847: "Two dogs running on a beach."  # post this text (quoted, at least min-words words)
 *   flickr-main/53684749848: { edit: "Sunset." }            # post this text, whatever its length
 *   fb-shop/10160000000000002: reject                       # (also: no)
 * </pre>
 * As strict as the config: free text is taken only in quotes (with at least the account's {@code filter.min-words}
 * words) or in the explicit {@code edit:} form, so a misspelt {@code aprove} or a stray {@code maybe} is a problem
 * ("did you mean approve?") and never caption text. A key written twice is a problem and neither entry counts. A
 * malformed entry is reported and applied to nothing; the rest of the file still counts. A missing file means no
 * decisions. Stateless and thread-safe.
 */
public final class ApprovalsFile {
    private static final Pattern KEY = Pattern.compile("([a-z0-9-]+)/([A-Za-z0-9_.:-]+)");

    private final String source;
    private final ToIntFunction<String> minWords;
    private final List<Approval> approvals = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private ApprovalsFile(String source, ToIntFunction<String> minWords) {
        this.source = source;
        this.minWords = minWords;
    }

    /**
     * Reads and parses the file; a missing file yields no approvals and no problems.
     *
     * @param minWords the effective {@code filter.min-words} of an account id (for quoted caption text)
     */
    public static Parsed read(Path file, ToIntFunction<String> minWords) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return new Parsed(List.of(), List.of());
        } catch (IOException e) {
            return new Parsed(List.of(), List.of(file + ": cannot read (" + e.getMessage() + ")"));
        }
        return parse(text, file.toString(), minWords);
    }

    /** Parses approvals-file text; {@code source} names it in problems. */
    public static Parsed parse(String text, String source, ToIntFunction<String> minWords) {
        ApprovalsFile file = new ApprovalsFile(source, minWords);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (YAMLException e) {
            return new Parsed(List.of(), List.of(source + ": not valid YAML: " + describe(e)));
        }
        file.document(root);
        return new Parsed(file.approvals, file.problems);
    }

    private void document(Node root) {
        if (root == null || isNull(root)) {
            return;
        }
        Node decisions = root instanceof MappingNode map ? topLevel(map) : null;
        if (decisions == null) {
            problems.add(source + ": expected a top-level 'decisions:' map");
        } else if (decisions instanceof MappingNode entries) {
            entries(entries);
        } else if (!isNull(decisions)) {
            problems.add(source + ": decisions: expected a map of <account>/<photo>: decision, was "
                    + DecisionValue.describe(decisions));
        }
    }

    /** The value of {@code decisions:}; other top-level keys are reported. */
    private Node topLevel(MappingNode root) {
        Node decisions = null;
        for (NodeTuple tuple : root.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (key.equals("decisions") && decisions == null) {
                decisions = tuple.getValueNode();
            } else if (!key.equals("decisions")) {
                problems.add(source + ": " + key + ": unknown key, the file holds only decisions:");
            }
        }
        return decisions;
    }

    private void entries(MappingNode decisions) {
        Map<String, Integer> times = new HashMap<>();
        for (NodeTuple tuple : decisions.getValue()) {
            times.merge(keyOf(tuple), 1, Integer::sum);
        }
        Set<String> reported = new HashSet<>();
        for (NodeTuple tuple : decisions.getValue()) {
            String key = keyOf(tuple);
            if (times.get(key) == 1) {
                entry(key, tuple.getValueNode());
            } else if (reported.add(key)) {
                problems.add(source + ": decisions." + key + ": written " + times.get(key)
                        + " times, so none of them is applied; keep one");
            }
        }
    }

    static String keyOf(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
    }

    private void entry(String key, Node value) {
        Matcher matcher = KEY.matcher(key);
        if (!matcher.matches()) {
            problems.add(source + ": decisions." + key + ": expected a key <account id>/<photo id>");
            return;
        }
        String account = matcher.group(1);
        DecisionValue.Read read = new DecisionValue(account, matcher.group(2), minWords.applyAsInt(account))
                .read(value);
        if (read.approval() != null) {
            approvals.add(read.approval());
        } else {
            problems.add(source + ": decisions." + key + ": " + read.problem() + " (not applied)");
        }
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)
                && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    private static String describe(YAMLException e) {
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return marked.getProblem() + " (line " + (marked.getProblemMark().getLine() + 1) + ", column "
                    + (marked.getProblemMark().getColumn() + 1) + ")";
        }
        return e.getMessage();
    }

    /**
     * The result of reading the file.
     *
     * @param approvals every well-formed decision, in file order
     * @param problems  one line per malformed entry, naming the file, the key, what was seen and what was expected
     */
    public record Parsed(List<Approval> approvals, List<String> problems) {
        public Parsed {
            approvals = List.copyOf(approvals);
            problems = List.copyOf(problems);
        }
    }
}
