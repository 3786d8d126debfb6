package dev.autocaption.workshop.coco;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes COCO captions JSON. Reading streams with Jackson's parser (no tree), keeps only the fields
 * captioning needs and skips everything else ({@code licenses}, {@code coco_url}, ...), so COCO 2014's
 * 414k-annotation training file reads in a few seconds. Writing is deterministic: fields in a fixed order, info
 * keys sorted, two-space indentation. Thread-safe (no state).
 */
public final class CocoJson {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private CocoJson() {
    }

    /**
     * @throws CocoFormatException when the file is malformed JSON, lacks {@code images} or {@code annotations},
     *                             has a missing or mistyped field, a duplicate image id, or an annotation whose
     *                             image is not listed; the message names the file and the place
     * @throws IOException         when the file cannot be read ({@link java.nio.file.NoSuchFileException} when it
     *                             is not there)
     */
    public static CocoCaptions read(Path file) throws IOException, CocoFormatException {
        CocoCaptions captions;
        try (JsonParser parser = JSON.createParser(Files.newInputStream(file))) {
            captions = new Reader(file, parser).read();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new CocoFormatException(file + ": malformed JSON at line " + (at == null ? "?" : at.getLineNr())
                    + ", column " + (at == null ? "?" : at.getColumnNr()) + ": " + e.getOriginalMessage(), e);
        }
        checkReferences(file, captions);
        return captions;
    }

    private static void checkReferences(Path file, CocoCaptions captions) throws CocoFormatException {
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < captions.images().size(); i++) {
            Integer earlier = positions.putIfAbsent(captions.images().get(i).id(), i);
            if (earlier != null) {
                throw new CocoFormatException(file + ": images[" + i + "] repeats id " + captions.images().get(i).id()
                        + " of images[" + earlier + "]");
            }
        }
        for (int i = 0; i < captions.annotations().size(); i++) {
            CocoAnnotation annotation = captions.annotations().get(i);
            if (!positions.containsKey(annotation.imageId())) {
                throw new CocoFormatException(file + ": annotations[" + i + "] (id " + annotation.id()
                        + ") has image_id " + annotation.imageId() + ", which is not among the "
                        + captions.images().size() + " images");
            }
        }
    }

    /** Writes {@code captions} to {@code file}, replacing it. */
    public static void write(CocoCaptions captions, Path file) throws IOException {
        try (JsonGenerator out = JSON.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            out.useDefaultPrettyPrinter();
            out.writeStartObject();
            out.writeObjectFieldStart("info");
            for (Map.Entry<String, String> entry : new TreeMap<>(captions.info()).entrySet()) {
                out.writeStringField(entry.getKey(), entry.getValue());
            }
            out.writeEndObject();
            writeImages(out, captions.images());
            writeAnnotations(out, captions.annotations());
            out.writeEndObject();
            out.writeRaw('\n');
        }
    }

    private static void writeImages(JsonGenerator out, List<CocoImage> images) throws IOException {
        out.writeArrayFieldStart("images");
        for (CocoImage image : images) {
            out.writeStartObject();
            out.writeNumberField("id", image.id());
            out.writeStringField("file_name", image.fileName());
            out.writeNumberField("width", image.width());
            out.writeNumberField("height", image.height());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void writeAnnotations(JsonGenerator out, List<CocoAnnotation> annotations) throws IOException {
        out.writeArrayFieldStart("annotations");
        for (CocoAnnotation annotation : annotations) {
            out.writeStartObject();
            out.writeNumberField("id", annotation.id());
            out.writeNumberField("image_id", annotation.imageId());
            out.writeStringField("caption", annotation.caption());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a fractional number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    /** One pass over one file. */
    private record Reader(Path file, JsonParser parser) {
        CocoCaptions read() throws IOException, CocoFormatException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw problem("the top level", "an object", parser.currentToken());
            }
            Map<String, String> info = Map.of();
            List<CocoImage> images = null;
            List<CocoAnnotation> annotations = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "info" -> info = info();
                    case "images" -> images = images();
                    case "annotations" -> annotations = annotations();
                    default -> parser.skipChildren();
                }
            }
            if (images == null || annotations == null) {
                throw new CocoFormatException(file + ": not a COCO captions file: it needs \"images\" and "
                        + "\"annotations\" arrays, found " + (images == null ? "no images" : images.size() + " images")
                        + " and " + (annotations == null ? "no annotations" : annotations.size() + " annotations"));
            }
            return new CocoCaptions(info, images, annotations);
        }

        private Map<String, String> info() throws IOException, CocoFormatException {
            Map<String, String> info = new TreeMap<>();
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw problem("info", "an object", parser.currentToken());
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    info.put(key, parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
            return info;
        }

        private List<CocoImage> images() throws IOException, CocoFormatException {
            startArray("images");
            List<CocoImage> images = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Map<String, Object> fields = fields("images[" + images.size() + "]", "id", "file_name", "width",
                        "height");
                String where = "images[" + images.size() + "]";
                try {
                    images.add(new CocoImage(require(fields, where, "id"), require(fields, where, "file_name"),
                            ((Long) fields.getOrDefault("width", 0L)).intValue(),
                            ((Long) fields.getOrDefault("height", 0L)).intValue()));
                } catch (IllegalArgumentException e) {
                    throw new CocoFormatException(file + ": " + where + ": " + e.getMessage(), e);
                }
            }
            return images;
        }

        private List<CocoAnnotation> annotations() throws IOException, CocoFormatException {
            startArray("annotations");
            List<CocoAnnotation> annotations = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String where = "annotations[" + annotations.size() + "]";
                Map<String, Object> fields = fields(where, "id", "image_id", "caption");
                annotations.add(new CocoAnnotation(require(fields, where, "id"), require(fields, where, "image_id"),
                        require(fields, where, "caption")));
            }
            return annotations;
        }

        private void startArray(String name) throws CocoFormatException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw problem(name, "an array", parser.currentToken());
            }
        }

        /** Reads one object, keeping the wanted fields: "file_name"/"caption" as String, the others as Long. */
        private Map<String, Object> fields(String where, String... wanted) throws IOException, CocoFormatException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw problem(where, "an object", parser.currentToken());
            }
            Map<String, Object> fields = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!List.of(wanted).contains(key)) {
                    parser.skipChildren();
                } else if (key.equals("file_name") || key.equals("caption")) {
                    if (value != JsonToken.VALUE_STRING) {
                        throw problem(where + "." + key, "a string", value);
                    }
                    fields.put(key, parser.getText());
                } else {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        throw problem(where + "." + key, "an integer", value);
                    }
                    fields.put(key, parser.getLongValue());
                }
            }
            return fields;
        }

        @SuppressWarnings("unchecked")
        private <T> T require(Map<String, Object> fields, String where, String key) throws CocoFormatException {
            Object value = fields.get(key);
            if (value == null) {
                throw new CocoFormatException(file + ": " + where + " has no \"" + key + "\" (near line "
                        + parser.currentLocation().getLineNr() + ")");
            }
            return (T) value;
        }

        private CocoFormatException problem(String what, String expected, JsonToken found) {
            JsonLocation at = parser.currentTokenLocation();
            return new CocoFormatException(file + ": " + what + " must be " + expected + ", found "
                    + describe(found) + " at line " + at.getLineNr() + ", column " + at.getColumnNr());
        }
    }
}
