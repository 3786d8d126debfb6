package dev.autocaption.bot.connector;

import dev.autocaption.bot.connector.facebook.FacebookPlatform;
import dev.autocaption.bot.connector.flickr.FlickrPlatform;
import dev.autocaption.bot.connector.folder.FolderConfig;
import dev.autocaption.bot.connector.folder.FolderPlatform;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.AccountType;
import dev.autocaption.config.Credentials;
import dev.autocaption.config.FilterConfig;
import dev.autocaption.config.ReviewConfig;
import dev.autocaption.config.ScheduleConfig;
import dev.autocaption.config.Secret;
import dev.autocaption.config.WriteMode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Valid account configs for connector tests. */
public final class TestAccounts {

    public static final String FLICKR_KEY = "sim-api-key";
    public static final String FLICKR_SECRET = "sim-api-secret";
    public static final String FLICKR_TOKEN = "72157720000000000-abcdef0123456789";
    public static final String FLICKR_TOKEN_SECRET = "0123456789abcdef";
    public static final String PAGE_ID = "1234567890";
    public static final String PAGE_TOKEN = "EAAGsimPageToken";

    private TestAccounts() {
    }

    /** A Flickr account at the simulator, fill-empty, since the epoch (so every seeded photo is new). */
    public static AccountConfig flickr(URI apiBaseUrl, Path tokenFile) {
        return flickr(apiBaseUrl, tokenFile, WriteMode.FILL_EMPTY, Instant.EPOCH, false, List.of());
    }

    public static AccountConfig flickr(URI apiBaseUrl, Path tokenFile, WriteMode write, Instant since,
                                       boolean includePrivate, List<String> excludeAlbums) {
        Credentials credentials = FlickrPlatform.credentials(Secret.of(FLICKR_KEY), Secret.of(FLICKR_SECRET),
                Secret.of(FLICKR_TOKEN), Secret.of(FLICKR_TOKEN_SECRET));
        return account("flickr-test", FlickrPlatform.TYPE, apiBaseUrl, since, write, null, includePrivate,
                excludeAlbums, credentials, tokenFile);
    }

    public static AccountConfig facebook(AccountType type, URI apiBaseUrl, WriteMode write, List<String> excluded) {
        return account("fb-test", type, apiBaseUrl, Instant.EPOCH, write,
                type == FacebookPlatform.PAGE ? PAGE_ID : null, false, excluded,
                FacebookPlatform.credentials(Secret.of(PAGE_TOKEN)), null);
    }

    public static AccountConfig account(String id, AccountType type, URI apiBaseUrl, Instant since, WriteMode write,
                                        String pageId, boolean includePrivate, List<String> excludeAlbums,
                                        Credentials credentials, Path credentialsFile) {
        return new AccountConfig(id, type, apiBaseUrl, since, false, write, "{caption}", pageId, includePrivate,
                "nocaption", excludeAlbums, 1600, false, credentials, credentialsFile, ScheduleConfig.defaults(),
                FilterConfig.defaults(), ReviewConfig.defaults(), null);
    }

    /** A folder account over {@code root}: every file, fill-empty. */
    public static AccountConfig folder(Path root, FolderConfig.SidecarName sidecarName, boolean embed) {
        return folder(root, new FolderConfig(root.toAbsolutePath(), List.of(), List.of(), sidecarName, embed));
    }

    public static AccountConfig folder(Path root, FolderConfig folder) {
        return new AccountConfig("photos", FolderPlatform.TYPE, null, Instant.EPOCH, false, WriteMode.FILL_EMPTY,
                "{caption}", null, false, "nocaption", List.of(), 1600, false, Credentials.none(), null,
                ScheduleConfig.defaults(), FilterConfig.defaults(), ReviewConfig.defaults(), null, folder.settings());
    }

    /** The same account with other settings. */
    public static AccountConfig with(AccountConfig a, boolean backfill, String writeTemplate, int maxImageSize) {
        return new AccountConfig(a.id(), a.type(), a.apiBaseUrl(), a.since(), backfill, a.write(), writeTemplate,
                a.pageId(), a.includePrivate(), a.optOutTag(), a.excludeAlbums(), maxImageSize, a.allowDemoModel(),
                a.credentials(), a.credentialsFile(), a.schedule(), a.filter(), a.review(), a.maxPostsPerDay());
    }

    public static AccountConfig withCredentials(AccountConfig a, Credentials credentials) {
        return new AccountConfig(a.id(), a.type(), a.apiBaseUrl(), a.since(), a.backfill(), a.write(),
                a.writeTemplate(), a.pageId(), a.includePrivate(), a.optOutTag(), a.excludeAlbums(),
                a.maxImageSize(), a.allowDemoModel(), credentials, a.credentialsFile(), a.schedule(), a.filter(),
                a.review(), a.maxPostsPerDay());
    }
}
