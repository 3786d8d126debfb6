package dev.autocaption.config;

import static dev.autocaption.config.TestConfigs.parse;
import static dev.autocaption.config.TestConfigs.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.config.FolderConfig.SidecarName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderConfigTest {
    @TempDir
    Path library;

    @Test
    void folderAccountReadsItsSettings() throws ConfigException {
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

        assertThat(account.folder()).isEqualTo(new FolderConfig(library, List.of("**/*.jpg", "*.png"),
                List.of("**/private/**"), SidecarName.REPLACE_EXTENSION, true));
        assertThat(account.write()).isEqualTo(WriteMode.FILL_EMPTY);
        assertThat(account.credentials()).isEqualTo(Credentials.none());
    }

    @Test
    void folderDefaultsToDarktableSidecarsWithoutEmbedding() throws ConfigException {
        AccountConfig account = parse("""
                accounts:
                  - { id: photos, type: folder, root: %s }
                """.formatted(library)).accounts().get(0);

        assertThat(account.folder()).isEqualTo(new FolderConfig(library, List.of(), List.of(),
                SidecarName.BESIDE_EXTENSION, false));
    }

    @Test
    void folderWithoutRootIsAnError() {
        assertThat(problems("""
                accounts:
                  - { id: photos, type: folder }
                """)).containsExactly("accounts[0].root: is required (an existing directory)");
    }

    @Test
    void missingRootIsReportedWithWhereItWasLookedFor() {
        Path missing = library.resolve("gone");
        assertThat(problems("""
                accounts:
                  - { id: photos, type: folder, root: %s }
                """.formatted(missing))).containsExactly("accounts[0].root: must be an existing directory, was "
                + missing + " (not found as " + missing + ")");
    }

    @Test
    void rootThatIsAFileIsAnError() throws IOException {
        Path file = Files.writeString(library.resolve("notes.txt"), "x");
        assertThat(problems("""
                accounts:
                  - { id: photos, type: folder, root: %s }
                """.formatted(file))).containsExactly("accounts[0].root: must be an existing directory, was "
                + file + " (a file)");
    }

    @Test
    void badGlobAndUnknownSidecarNameAreBothReported() {
        assertThat(problems("""
                accounts:
                  - id: photos
                    type: folder
                    root: %s
                    include: [ "*.{jpg" ]
                    sidecar-name: lightroom
                """.formatted(library))).containsExactly(
                "accounts[0].include[0]: must be a glob such as **/*.jpg, was *.{jpg (Missing '} near index 5)",
                "accounts[0].sidecar-name: must be one of beside-extension, replace-extension, was lightroom");
    }

    @Test
    void folderAccountTakesNoCredentials() {
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
    void folderKeysOnAFlickrAccountAreErrors() {
        assertThat(problems("""
                accounts:
                  - id: flickr-main
                    type: flickr
                    root: /photos
                    credentials: { api-key: k, api-secret: s }
                """)).containsExactly("accounts[0].root: is only allowed for folder accounts");
    }

    @Test
    void folderAccountCannotReplaceAPersonsText() {
        assertThat(problems("""
                accounts:
                  - { id: photos, type: folder, root: %s, write: replace }
                """.formatted(library)))
                .containsExactly("accounts[0].write: must be one of fill-empty, none for folder accounts, was replace");
    }
}
