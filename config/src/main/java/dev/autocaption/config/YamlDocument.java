package dev.autocaption.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses YAML text into a tree, or fails with the line and column of the first syntax error. Refuses what Jackson
 * would otherwise read wrongly without a word: aliases ({@code *name}, which it reads as the string "name"), a
 * second document, and duplicate keys. Words such as {@code yes}, {@code no} and {@code on} stay strings.
 *
 * <p>Syntax errors never chain the parser's exception and never quote the offending line: the parser's own
 * message shows the line, which may hold a credential.
 */
final class YamlDocument {
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    private final ObjectMapper mapper = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    /** The document's root; a missing node for an empty document. */
    JsonNode read(String text, String source) throws ConfigException {
        try {
            checkStructure(text, source);
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConfigException(source, List.of(describe(e)));
        } catch (IOException e) {
            throw new ConfigException(source, List.of("cannot parse: " + e.getClass().getSimpleName()), e);
        }
    }

    private void checkStructure(String text, String source) throws IOException, ConfigException {
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            int depth = 0;
            int roots = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    throw new ConfigException(source, List.of(at(parser.currentTokenLocation())
                            + "aliases (*" + parser.getText() + ") are not supported, write the value out"));
                }
                roots += depth == 0 ? 1 : 0;
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                if (roots > 1) {
                    throw new ConfigException(source, List.of(at(parser.currentTokenLocation())
                            + "only one YAML document is allowed"));
                }
            }
        }
    }

    private static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate field ")) {
            return at(e.getLocation()) + "duplicate key " + original.substring("Duplicate field ".length());
        }
        List<String> sentences = new ArrayList<>();
        String location = e.getLocation() == null ? "" : at(e.getLocation());
        for (String line : original.split("\\R")) {
            Matcher mark = MARK.matcher(line);
            if (line.startsWith(" in ") && mark.find()) {
                location = "line " + mark.group(1) + ", column " + mark.group(2) + ": ";
            } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                sentences.add(line.strip());
            }
        }
        return location + (sentences.isEmpty() ? "malformed YAML" : String.join("; ", sentences));
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }
}
