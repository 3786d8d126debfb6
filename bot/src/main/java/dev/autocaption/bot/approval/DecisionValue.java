package dev.autocaption.bot.approval;

import dev.autocaption.config.ClosestKey;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the value of one approvals-file entry into an {@link Approval}, or says why it is none: a candidate number,
 * a decision word (plain or quoted), a quoted caption of at least {@code minWords} words, or
 * {@code { edit: "text" }}. Everything else, a bare unknown word above all, is a problem.
 */
final class DecisionValue {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+");

    private final String account;
    private final String photo;
    private final int minWords;

    DecisionValue(String account, String photo, int minWords) {
        this.account = account;
        this.photo = photo;
        this.minWords = minWords;
    }

    /** Exactly one of the two is set. */
    record Read(Approval approval, String problem) {
    }

    Read read(Node value) {
        if (value instanceof ScalarNode scalar) {
            return scalar.getScalarStyle() == ScalarStyle.PLAIN ? plain(scalar.getValue()) : quoted(scalar.getValue());
        }
        if (value instanceof MappingNode map) {
            return explicitEdit(map.getValue());
        }
        return problem("expected " + expected() + ", was " + describe(value));
    }

    private Read plain(String text) {
        if (text.isBlank() || text.equals("~") || text.equalsIgnoreCase("null")) {
            return problem("expected " + expected() + ", was nothing");
        }
        if (NUMBER.matcher(text).matches()) {
            return rank(text);
        }
        Read decision = decisionWord(text);
        if (decision != null) {
            return decision;
        }
        if (DecisionWords.wordCount(text) > 1 || text.strip().contains(" ")) {
            return problem("caption text must be in quotes or written as { edit: \"...\" }, was: " + text);
        }
        String meant = DecisionWords.meant(text);
        return problem("unknown word '" + text + "'" + (meant != null ? ": did you mean " + meant + "?"
                : ": expected " + expected()));
    }

    private Read rank(String text) {
        long rank;
        try {
            rank = Long.parseLong(text);
        } catch (NumberFormatException e) {
            rank = Long.MAX_VALUE;
        }
        if (rank < 1) {
            return problem("candidate numbers start at 1, was " + text);
        }
        if (rank > 1_000) {
            return problem("no photo has " + text + " candidates");
        }
        return new Read(Approval.approve(account, photo, (int) rank), null);
    }

    private Read quoted(String text) {
        if (text.isBlank()) {
            return problem("expected " + expected() + ", was an empty text");
        }
        Read decision = decisionWord(text);
        if (decision != null) {
            return decision;
        }
        String misspelt = DecisionWords.editProblem(text);
        if (misspelt != null) {
            return problem(misspelt);
        }
        int words = DecisionWords.wordCount(text);
        if (words < minWords) {
            return problem("a caption in quotes needs at least " + minWords + " words (filter.min-words), was \""
                    + text + "\" (" + words + " word" + (words == 1 ? "" : "s") + "); write { edit: \"" + text
                    + "\" } to post it anyway");
        }
        return new Read(Approval.edit(account, photo, text), null);
    }

    private Read explicitEdit(List<NodeTuple> entries) {
        List<String> keys = entries.stream().map(ApprovalsFile::keyOf).toList();
        if (!keys.equals(List.of("edit"))) {
            String hint = keys.size() == 1 && ClosestKey.among(keys.get(0), List.of("edit")) != null
                    ? ": did you mean edit?" : "";
            return problem("expected { edit: \"text\" }, was a map with the key" + (keys.size() == 1 ? " " : "s ")
                    + String.join(", ", keys) + hint);
        }
        Node value = entries.get(0).getValueNode();
        if (!(value instanceof ScalarNode scalar) || ApprovalsFile.isNull(value)) {
            return problem("edit: expected the caption text, was " + describe(value));
        }
        String misspelt = DecisionWords.editProblem(scalar.getValue());
        return misspelt != null ? problem("edit: " + misspelt)
                : new Read(Approval.edit(account, photo, scalar.getValue()), null);
    }

    private Read decisionWord(String text) {
        if (DecisionWords.isApprove(text)) {
            return new Read(Approval.approve(account, photo, 1), null);
        }
        return DecisionWords.isReject(text) ? new Read(Approval.reject(account, photo), null) : null;
    }

    private String expected() {
        return "approve, reject, a candidate number, { edit: \"text\" } or a caption of at least " + minWords
                + " words in quotes";
    }

    private static Read problem(String message) {
        return new Read(null, message);
    }

    static String describe(Node node) {
        if (ApprovalsFile.isNull(node)) {
            return "nothing";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a map";
        }
        String text = ((ScalarNode) node).getValue();
        return text.isBlank() ? "an empty text" : "'" + text + "'";
    }
}
