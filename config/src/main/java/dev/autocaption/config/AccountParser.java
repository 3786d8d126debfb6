package dev.autocaption.config;

import static dev.autocaption.config.Values.bool;
import static dev.autocaption.config.Values.choice;
import static dev.autocaption.config.Values.httpUrl;
import static dev.autocaption.config.Values.identifier;
import static dev.autocaption.config.Values.instant;
import static dev.autocaption.config.Values.integer;
import static dev.autocaption.config.Values.nullable;
import static dev.autocaption.config.Values.path;
import static dev.autocaption.config.Values.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code accounts[]}: each account's own keys, its credentials, and its schedule, filter and review
 * overrides merged over the global sections. Checks that ids are unique and that type, write mode, page id and
 * credentials fit together. Never shows a credential value in a problem.
 */
final class AccountParser {
    static final List<String> ACCOUNT_KEYS = List.of("id", "type", "api-base-url", "since", "backfill", "write",
            "write-template", "page-id", "include-private", "opt-out-tag", "exclude-albums", "max-image-size",
            "allow-demo-model", "max-posts-per-day", "credentials", "credentials-file", "schedule", "filter", "review");
    static final String DEFAULT_WRITE_TEMPLATE = AccountConfig.CAPTION_PLACEHOLDER;
    static final String DEFAULT_OPT_OUT_TAG = "nocaption";
    static final int DEFAULT_MAX_IMAGE_SIZE = 1600;

    private final SectionParser sections;
    private final BotConfig global;
    private final List<PlatformSpec> platforms;

    /**
     * @param global the global sections already read; only its filter, review and schedule are used, as the base
     *               for each account's overrides
     * @param platforms the known account types
     */
    AccountParser(SectionParser sections, BotConfig global, List<PlatformSpec> platforms) {
        this.sections = sections;
        this.global = global;
        this.platforms = List.copyOf(platforms);
    }

    /** The valid accounts; invalid ones are left out and their problems recorded. */
    List<AccountConfig> parseAll(List<Section> accountSections) {
        Map<String, String> pathById = new HashMap<>();
        List<AccountConfig> accounts = new ArrayList<>();
        for (Section account : accountSections) {
            AccountConfig parsed = parse(account, pathById);
            if (parsed != null) {
                accounts.add(parsed);
            }
        }
        return accounts;
    }

    private AccountConfig parse(Section account, Map<String, String> pathById) {
        int problemsBefore = account.context().problems().size();
        account.allowOnly(allowedKeys());
        String id = account.require("id", "", accountId());
        if (id != null && pathById.putIfAbsent(id, account.path()) != null) {
            account.problem("id", "duplicate id " + id + " (also " + pathById.get(id) + ")");
        }
        PlatformSpec type = account.require("type", "one of " + typeNames(), accountType());
        return build(account, id, type, problemsBefore);
    }

    /** The keys every account takes, and those that only some types take. */
    private List<String> allowedKeys() {
        Set<String> keys = new LinkedHashSet<>(ACCOUNT_KEYS);
        keys.addAll(ownKeys());
        return List.copyOf(keys);
    }

    private List<String> ownKeys() {
        Set<String> keys = new LinkedHashSet<>();
        platforms.forEach(platform -> keys.addAll(platform.ownKeys()));
        return List.copyOf(keys);
    }

    private String typeNames() {
        return platforms.stream().map(platform -> platform.type().configName()).collect(Collectors.joining(", "));
    }

    private Converter<PlatformSpec> accountType() {
        return value -> {
            for (PlatformSpec platform : platforms) {
                if (value.isText() && platform.type().configName().equals(value.text())) {
                    return platform;
                }
            }
            throw new InvalidValueException("must be one of " + typeNames() + ", was " + value.describe());
        };
    }

    /** Reads the remaining keys; the record is built only to be dropped again when any problem was found. */
    private AccountConfig build(Section account, String id, PlatformSpec type, int problemsBefore) {
        Problems problems = account.context().problems();
        AccountType knownType = type == null ? AccountType.of("invalid") : type.type();
        WriteMode defaultWrite = type == null ? WriteMode.NONE : type.defaultWriteMode();
        AccountSettings settings = ownKeys(account, type);
        try {
            AccountConfig config = new AccountConfig(id == null ? "invalid" : id, knownType,
                    account.read("api-base-url", null, nullable(httpUrl())),
                    account.read("since", null, nullable(instant())),
                    account.read("backfill", false, bool()),
                    account.read("write", defaultWrite, writeMode(type)),
                    account.read("write-template", DEFAULT_WRITE_TEMPLATE, writeTemplate()),
                    settings.text(AccountConfig.PAGE_ID),
                    account.read("include-private", false, bool()),
                    account.read("opt-out-tag", DEFAULT_OPT_OUT_TAG, text()),
                    account.list("exclude-albums", List.of(), identifier()),
                    account.read("max-image-size", DEFAULT_MAX_IMAGE_SIZE, integer(64, 10_000)),
                    account.read("allow-demo-model", false, bool()),
                    CredentialsParser.parse(account.secretSection("credentials"), type, platforms),
                    account.read("credentials-file", null, nullable(path(account.context().baseDirectory()))),
                    sections.schedule(account.section("schedule"), global.schedule()),
                    sections.filter(account.section("filter"), global.filter()),
                    sections.review(account.section("review"), global.review()),
                    account.read("max-posts-per-day", null, nullable(integer(1, 100_000))),
                    settings);
            return problems.size() > problemsBefore ? null : config;
        } catch (IllegalArgumentException e) {
            // Only reachable through a fallback value after a reported problem, unless a check is missing here.
            if (problems.size() == problemsBefore) {
                account.problemHere(e.getMessage());
            }
            return null;
        }
    }

    /**
     * The keys only some types take, read by the kind the type declares: required where the type requires them,
     * refused where the type does not take them.
     */
    private AccountSettings ownKeys(Section account, PlatformSpec type) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : ownKeys()) {
            if (type != null && !type.ownKeys().contains(key)) {
                String given = account.read(key, null, nullable(Value::describe));
                if (given != null) {
                    account.problem(key, "is only allowed for " + typesTaking(key) + " accounts, was " + given);
                }
                continue;
            }
            int problemsBefore = account.context().problems().size();
            Object value = SettingValues.read(account, key, kindOf(key, type));
            boolean readFailed = account.context().problems().size() > problemsBefore;
            if (type != null && type.requiredOwnKeys().contains(key) && value == null && !readFailed) {
                account.problem(key, "is required for " + type.type().configName() + " accounts");
            } else if (value != null) {
                values.put(key, value);
            }
        }
        return new AccountSettings(values);
    }

    /** The account's own type's kind for the key; for a key it does not take, that of the first type taking it. */
    private SettingKind kindOf(String key, PlatformSpec type) {
        if (type != null && type.ownKeys().contains(key)) {
            return type.kindOf(key);
        }
        return platforms.stream().filter(platform -> platform.ownKeys().contains(key)).findFirst()
                .map(platform -> platform.kindOf(key)).orElse(SettingKind.IDENTIFIER);
    }

    private String typesTaking(String key) {
        return platforms.stream().filter(platform -> platform.ownKeys().contains(key))
                .map(platform -> platform.type().configName()).collect(Collectors.joining(", "));
    }

    private static Converter<String> accountId() {
        return value -> {
            String id = text().convert(value);
            if (!AccountConfig.ID_PATTERN.matcher(id).matches()) {
                throw new InvalidValueException("must match [a-z0-9-]+, was " + value.describe());
            }
            return id;
        };
    }

    private static Converter<WriteMode> writeMode(PlatformSpec type) {
        return value -> {
            WriteMode mode = choice(WriteMode.values(), WriteMode::configName).convert(value);
            if (type != null && !type.writeModes().contains(mode)) {
                String allowed = type.writeModes().stream().map(WriteMode::configName)
                        .collect(Collectors.joining(", "));
                throw new InvalidValueException("must be one of " + allowed + " for " + type.type().configName()
                        + " accounts, was " + value.describe());
            }
            return mode;
        };
    }

    private static Converter<String> writeTemplate() {
        return value -> {
            String template = text().convert(value);
            if (!template.contains(AccountConfig.CAPTION_PLACEHOLDER)) {
                throw new InvalidValueException("must contain " + AccountConfig.CAPTION_PLACEHOLDER + ", was "
                        + value.describe());
            }
            return template;
        };
    }
}
