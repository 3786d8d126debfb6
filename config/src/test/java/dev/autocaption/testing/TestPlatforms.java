package dev.autocaption.testing;

import dev.autocaption.config.AccountType;
import dev.autocaption.config.PlatformSpec;
import dev.autocaption.config.SettingKind;
import dev.autocaption.config.WriteMode;
import java.util.List;
import java.util.Map;

/**
 * The account types as bot registers them, for the tests of modules that cannot see bot's connectors (config,
 * store). Bot's {@code PlatformsTest} checks that these equal the registered ones, so they cannot drift.
 */
public final class TestPlatforms {
    public static final AccountType FLICKR = AccountType.of("flickr");
    public static final AccountType FACEBOOK_PAGE = AccountType.of("facebook-page");
    public static final AccountType FACEBOOK_PROFILE = AccountType.of("facebook-profile");
    public static final AccountType FOLDER = AccountType.of("folder");

    private static final List<String> FACEBOOK_KEYS = List.of("access-token", "app-secret");

    public static final List<PlatformSpec> ALL = List.of(
            new PlatformSpec(FLICKR, "flickr", List.of(WriteMode.FILL_EMPTY, WriteMode.APPEND, WriteMode.REPLACE),
                    WriteMode.FILL_EMPTY, List.of("api-key", "api-secret", "token", "token-secret"),
                    List.of("api-key", "api-secret"), List.of(), List.of()),
            new PlatformSpec(FACEBOOK_PAGE, "facebook",
                    List.of(WriteMode.POST_MESSAGE, WriteMode.COMMENT, WriteMode.NONE), WriteMode.POST_MESSAGE,
                    FACEBOOK_KEYS, List.of("access-token"), List.of("page-id"), List.of("page-id")),
            new PlatformSpec(FACEBOOK_PROFILE, "facebook", List.of(WriteMode.NONE), WriteMode.NONE, FACEBOOK_KEYS,
                    List.of("access-token"), List.of(), List.of()),
            new PlatformSpec(FOLDER, "folder", List.of(WriteMode.FILL_EMPTY, WriteMode.NONE), WriteMode.FILL_EMPTY,
                    List.of(), List.of(), List.of("root", "include", "exclude", "sidecar-name", "embed"),
                    List.of("root"), Map.of("root", SettingKind.DIRECTORY, "include", SettingKind.GLOBS,
                    "exclude", SettingKind.GLOBS, "sidecar-name",
                    SettingKind.choice("beside-extension", "replace-extension"), "embed", SettingKind.BOOLEAN)));

    private TestPlatforms() {
    }
}
