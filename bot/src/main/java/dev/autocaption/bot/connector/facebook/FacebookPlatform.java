package dev.autocaption.bot.connector.facebook;

import dev.autocaption.bot.connector.Platform;
import dev.autocaption.config.AccountType;
import dev.autocaption.config.Credentials;
import dev.autocaption.config.PlatformSpec;
import dev.autocaption.config.Secret;
import dev.autocaption.config.WriteMode;
import java.util.List;

/**
 * Facebook's descriptors: two account types sharing the Graph API connector and an access token ({@code app-secret}
 * optional, for {@code appsecret_proof}). A Page ({@code facebook-page}) needs its {@code page-id} and can be
 * written; a profile ({@code facebook-profile}) is read-only, since publishing to personal profiles has been
 * impossible through the Graph API since 2018.
 */
public final class FacebookPlatform {
    public static final AccountType PAGE = AccountType.of("facebook-page");
    public static final AccountType PROFILE = AccountType.of("facebook-profile");
    static final String ACCESS_TOKEN = "access-token";
    static final String APP_SECRET = "app-secret";
    private static final List<String> KEYS = List.of(ACCESS_TOKEN, APP_SECRET);

    public static final PlatformSpec PAGE_SPEC = new PlatformSpec(PAGE, GraphCalls.PLATFORM,
            List.of(WriteMode.POST_MESSAGE, WriteMode.COMMENT, WriteMode.NONE), WriteMode.POST_MESSAGE, KEYS,
            List.of(ACCESS_TOKEN), List.of("page-id"), List.of("page-id"));
    public static final PlatformSpec PROFILE_SPEC = new PlatformSpec(PROFILE, GraphCalls.PLATFORM,
            List.of(WriteMode.NONE), WriteMode.NONE, KEYS, List.of(ACCESS_TOKEN), List.of(), List.of());

    private FacebookPlatform() {
    }

    /** The registration: one line in {@code Platforms}. */
    public static List<Platform> descriptors() {
        FacebookTokenFlow check = new FacebookTokenFlow();
        return List.of(
                new Platform(PAGE_SPEC, FacebookPhotoSource::create, FacebookPhotoSource::pageUrl, check),
                new Platform(PROFILE_SPEC, FacebookPhotoSource::create, FacebookPhotoSource::pageUrl, check));
    }

    /** Facebook credentials with an access token only. */
    public static Credentials credentials(Secret accessToken) {
        return credentials(accessToken, null);
    }

    public static Credentials credentials(Secret accessToken, Secret appSecret) {
        return Credentials.of(ACCESS_TOKEN, accessToken, APP_SECRET, appSecret);
    }
}
