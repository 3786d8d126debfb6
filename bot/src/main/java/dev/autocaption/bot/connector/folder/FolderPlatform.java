package dev.autocaption.bot.connector.folder;

import dev.autocaption.bot.connector.Platform;
import dev.autocaption.config.AccountType;
import dev.autocaption.config.PlatformSpec;
import dev.autocaption.config.SettingKind;
import dev.autocaption.config.WriteMode;
import java.util.List;
import java.util.Map;

/**
 * The folder descriptor: a photo library on disk as an account ({@code type: folder}). No credentials and nothing
 * to authorise; captions only ever fill an empty description ({@code fill-empty}) or nothing is written
 * ({@code none}). Its own keys are read by the config loader by kind and turned into a {@link FolderConfig} here.
 * Photos have no web page.
 */
public final class FolderPlatform {
    public static final AccountType TYPE = AccountType.of("folder");
    /** The family ({@code platform} in errors and meters). */
    public static final String FAMILY = "folder";
    static final String ROOT = "root";
    static final String INCLUDE = "include";
    static final String EXCLUDE = "exclude";
    static final String SIDECAR_NAME = "sidecar-name";
    static final String EMBED = "embed";

    public static final PlatformSpec SPEC = new PlatformSpec(TYPE, FAMILY,
            List.of(WriteMode.FILL_EMPTY, WriteMode.NONE), WriteMode.FILL_EMPTY, List.of(), List.of(),
            List.of(ROOT, INCLUDE, EXCLUDE, SIDECAR_NAME, EMBED), List.of(ROOT),
            Map.of(ROOT, SettingKind.DIRECTORY, INCLUDE, SettingKind.GLOBS, EXCLUDE, SettingKind.GLOBS,
                    SIDECAR_NAME, SettingKind.choice(FolderConfig.SidecarName.configNames()),
                    EMBED, SettingKind.BOOLEAN));

    private FolderPlatform() {
    }

    /** The registration: one line in {@code Platforms}. */
    public static List<Platform> descriptors() {
        return List.of(new Platform(SPEC, FolderPhotoSource::create, remoteId -> null, null));
    }
}
