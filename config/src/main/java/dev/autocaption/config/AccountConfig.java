package dev.autocaption.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One watched account ({@code accounts[]}). Schedule, filter and review are the <em>effective</em> settings: the
 * loader has already merged the account's overrides over the global sections.
 *
 * @param id                 unique, {@code [a-z0-9-]+}
 * @param type               one of the registered {@link PlatformSpec} types
 * @param apiBaseUrl         where the API lives; null means the real service (set it for simulators and tests)
 * @param since              photos uploaded before this are not new; null means "when the account was first seen"
 * @param backfill           process the whole history on the first run instead of starting at {@code since}
 * @param write              how captions are written back; must be one of the type's {@link PlatformSpec#writeModes()}
 * @param writeTemplate      wraps the caption before writing, e.g. {@code "{caption} (auto-generated)"}
 * @param pageId             the {@code page-id}, for types whose spec takes it (a Facebook Page), else null
 * @param includePrivate     Flickr: also caption photos that are not public
 * @param optOutTag          photos carrying this tag are never captioned
 * @param excludeAlbums      album or set ids whose photos are never captioned
 * @param maxImageSize       the largest image edge to download, in pixels
 * @param allowDemoModel     allow auto-posting with the bundled demo model to this (real) account
 * @param credentials        secrets; never printed
 * @param credentialsFile    where {@code autocaption auth} stores tokens for this account; null for the default
 * @param schedule           effective schedule
 * @param filter             effective filter
 * @param review             effective review settings
 * @param maxPostsPerDay     at most this many writes to the account in any 24 hours, counted in the store so the
 *                           cap holds across restarts; approved captions beyond it wait; null means no cap
 * @param settings           the values of the type's own keys ({@link PlatformSpec#ownKeys()}) the file gave,
 *                           typed by their {@link SettingKind}; {@code page-id} is also in {@link #pageId()}
 */
public record AccountConfig(
        String id,
        AccountType type,
        URI apiBaseUrl,
        Instant since,
        boolean backfill,
        WriteMode write,
        String writeTemplate,
        String pageId,
        boolean includePrivate,
        String optOutTag,
        List<String> excludeAlbums,
        int maxImageSize,
        boolean allowDemoModel,
        Credentials credentials,
        Path credentialsFile,
        ScheduleConfig schedule,
        FilterConfig filter,
        ReviewConfig review,
        Integer maxPostsPerDay,
        AccountSettings settings) {

    /** Account ids are used in approval keys ({@code <account>/<photo>}) and file names. */
    public static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9-]+");
    /** The placeholder {@link #writeTemplate()} must contain. */
    public static final String CAPTION_PLACEHOLDER = "{caption}";
    /** The own key whose value is also {@link #pageId()}. */
    public static final String PAGE_ID = "page-id";

    public AccountConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(writeTemplate, "writeTemplate");
        Objects.requireNonNull(optOutTag, "optOutTag");
        Objects.requireNonNull(excludeAlbums, "excludeAlbums");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(settings, "settings");
        excludeAlbums = List.copyOf(excludeAlbums);
        if (!ID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException("id must match [a-z0-9-]+, was " + id);
        }
        if (!writeTemplate.contains(CAPTION_PLACEHOLDER)) {
            throw new IllegalArgumentException("writeTemplate must contain {caption}, was " + writeTemplate);
        }
        if (maxPostsPerDay != null && (maxPostsPerDay < 1 || maxPostsPerDay > 100_000)) {
            throw new IllegalArgumentException("maxPostsPerDay must be in [1, 100000] or null, was " + maxPostsPerDay);
        }
        if (maxImageSize < 64 || maxImageSize > 10_000) {
            throw new IllegalArgumentException("maxImageSize must be in [64, 10000], was " + maxImageSize);
        }
    }

    /** An account whose only own setting is its {@code pageId} (or none when null). */
    public AccountConfig(String id, AccountType type, URI apiBaseUrl, Instant since, boolean backfill, WriteMode write,
                         String writeTemplate, String pageId, boolean includePrivate, String optOutTag,
                         List<String> excludeAlbums, int maxImageSize, boolean allowDemoModel,
                         Credentials credentials, Path credentialsFile, ScheduleConfig schedule, FilterConfig filter,
                         ReviewConfig review, Integer maxPostsPerDay) {
        this(id, type, apiBaseUrl, since, backfill, write, writeTemplate, pageId, includePrivate, optOutTag,
                excludeAlbums, maxImageSize, allowDemoModel, credentials, credentialsFile, schedule, filter, review,
                maxPostsPerDay, pageId == null ? AccountSettings.none() : AccountSettings.none().with(PAGE_ID, pageId));
    }

    /** Applies {@link #writeTemplate()} to a caption. */
    public String render(String caption) {
        return writeTemplate.replace(CAPTION_PLACEHOLDER, caption);
    }
}
