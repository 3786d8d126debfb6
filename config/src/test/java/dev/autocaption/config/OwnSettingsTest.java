package dev.autocaption.config;

import static dev.autocaption.config.TestConfigs.parse;
import static dev.autocaption.config.TestConfigs.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform's own account keys are read by the kind its spec declares (here the folder type of
 * {@code TestPlatforms}: a directory, two glob lists, a choice and a boolean).
 */
class OwnSettingsTest {
    @TempDir
    Path library;

    @Test
    void ownKeysAreReadByTheirKindsIntoTheSettings() throws ConfigException {
        AccountConfig account = parse("""
                accounts:
                  - id: photos
                    type: folder
                    root: %s
                    include: [ "**/*.jpg", "*.png" ]
                    exclude: [ "**/private/**" ]
                    sidecar-name: replace-extension
                    embed: true
                """.formatted(library)).accounts().get(0);

        assertThat(account.settings().values()).isEqualTo(Map.of(
                "root", library.toAbsolutePath(), "include", List.of("**/*.jpg", "*.png"),
                "exclude", List.of("**/private/**"), "sidecar-name", "replace-extension", "embed", true));
        assertThat(account.settings().path("root")).isEqualTo(library.toAbsolutePath());
        assertThat(account.settings().list("include")).containsExactly("**/*.jpg", "*.png");
        assertThat(account.settings().bool("embed", false)).isTrue();
        assertThat(account.write()).isEqualTo(WriteMode.FILL_EMPTY);
        assertThat(account.credentials()).isEqualTo(Credentials.none());
        assertThat(account.pageId()).isNull();
    }

    @Test
    void keysNotGivenAreAbsentSoThePlatformsDefaultsApply() throws ConfigException {
        AccountConfig account = parse("""
                accounts:
                  - { id: photos, type: folder, root: %s }
                """.formatted(library)).accounts().get(0);

        assertThat(account.settings().values()).containsOnlyKeys("root");
        assertThat(account.settings().list("include")).isEmpty();
        assertThat(account.settings().bool("embed", false)).isFalse();
        assertThat(account.settings().text("sidecar-name")).isNull();
    }

    @Test
    void aRelativeDirectoryIsResolvedAgainstTheConfigFilesDirectory() throws Exception {
        Files.createDirectories(library.resolve("pictures"));
        Path file = Files.writeString(library.resolve("autocaption.yaml"), """
                accounts:
                  - { id: photos, type: folder, root: pictures }
                """);

        BotConfig config = TestConfigs.loader(Map.of()).load(file).config();

        assertThat(config.accounts().get(0).settings().path("root"))
                .isEqualTo(library.resolve("pictures").toAbsolutePath());
    }

    @Test
    void aRequiredOwnKeyThatIsMissingIsAnError() {
        assertThat(problems("""
                accounts:
                  - { id: photos, type: folder }
                """)).containsExactly("accounts[0].root: is required for folder accounts");
    }

    @Test
    void aMissingDirectoryIsReportedWithWhereItWasLookedFor() {
        Path missing = library.resolve("gone");
        assertThat(problems("""
                accounts:
                  - { id: photos, type: folder, root: %s }
                """.formatted(missing))).containsExactly("accounts[0].root: must be an existing directory, was "
                + missing + " (not found as " + missing.toAbsolutePath() + ")");
    }

    @Test
    void aDirectoryThatIsAFileIsAnError() throws IOException {
        Path file = Files.writeString(library.resolve("notes.txt"), "x");
        assertThat(problems("""
                accounts:
                  - { id: photos, type: folder, root: %s }
                """.formatted(file))).containsExactly("accounts[0].root: must be an existing directory, was "
                + file + " (a file)");
    }

    @Test
    void aBadGlobAnUnknownChoiceAndAWrongBooleanAreAllReported() {
        assertThat(problems("""
                accounts:
                  - id: photos
                    type: folder
                    root: %s
                    include: [ "*.{jpg" ]
                    exclude: "**/private/**"
                    sidecar-name: lightroom
                    embed: sometimes
                """.formatted(library))).containsExactly(
                "accounts[0].include[0]: must be a glob such as **/*.jpg, was *.{jpg (Missing '} near index 5)",
                "accounts[0].exclude: must be a list, was **/private/**",
                "accounts[0].sidecar-name: must be one of beside-extension, replace-extension, was lightroom",
                "accounts[0].embed: must be true or false, was sometimes");
    }

    @Test
    void aTypeWithoutCredentialsRefusesThem() {
        assertThat(problems("""
                accounts:
                  - id: photos
                    type: folder
                    root: %s
                    credentials: { api-key: k }
                """.formatted(library)))
                .containsExactly("accounts[0].credentials.api-key: is not used by folder accounts (allowed: none)");
    }

    @Test
    void anotherTypesOwnKeyIsRefusedWithoutBeingChecked() {
        assertThat(problems("""
                accounts:
                  - id: flickr-main
                    type: flickr
                    root: /no/such/photos
                    embed: true
                    credentials: { api-key: k, api-secret: s }
                """)).containsExactly("accounts[0].root: is only allowed for folder accounts, was /no/such/photos",
                "accounts[0].embed: is only allowed for folder accounts, was true");
    }

    @Test
    void aTypeThatOnlyFillsEmptyTextCannotReplace() {
        assertThat(problems("""
                accounts:
                  - { id: photos, type: folder, root: %s, write: replace }
                """.formatted(library)))
                .containsExactly("accounts[0].write: must be one of fill-empty, none for folder accounts, was replace");
    }
}
