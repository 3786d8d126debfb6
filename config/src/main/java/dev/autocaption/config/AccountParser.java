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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@code accounts[]}: each account's own keys, its credentials, and its schedule, filter and review
 * overrides merged over the global sections. Checks that ids are unique and that type, write mode, page id,
 * folder settings ({@link FolderParser}) and credentials fit together. Never shows a credential value in a problem.
 */
final class AccountParser {
    static final List<String> ACCOUNT_KEYS = List.of("id", "type", "api-base-url", "since", "backfill", "write",
            "write-template", "page-id", "include-private", "opt-out-tag", "exclude-albums", "max-image-size",
            "allow-demo-model", "max-posts-per-day", "credentials", "credentials-file", "schedule", "filter", "review",
            "root", "include", "exclude", "sidecar-name", "embed");
    static final String DEFAULT_WRITE_TEMPLATE = AccountConfig.CAPTION_PLACEHOLDER;
    static final String DEFAULT_OPT_OUT_TAG = "nocaption";
    static final int DEFAULT_MAX_IMAGE_SIZE = 1600;

    private final SectionParser sections;
    private final BotConfig global;

    /**
     * @param global the global sections already read; only its filter, review and schedule are used, as the base
     *               for each account's overrides
     */
    AccountParser(SectionParser sections, BotConfig global) {
        this.sections = sections;
        this.global = global;
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
        account.allowOnly(ACCOUNT_KEYS);
        String id = account.require("id", "", accountId());
        if (id != null && pathById.putIfAbsent(id, account.path()) != null) {
            account.problem("id", "duplicate id " + id + " (also " + pathById.get(id) + ")");
        }
        AccountType type = account.require("type", "one of " + Values.names(AccountType.values(),
                AccountType::configName), choice(AccountType.values(), AccountType::configName));
        return build(account, id, type, problemsBefore);
    }

    /** Reads the remaining keys; the record is built only to be dropped again when any problem was found. */
    private AccountConfig build(Section account, String id, AccountType type, int problemsBefore) {
        Problems problems = account.context().problems();
        AccountType knownType = type == null ? AccountType.FLICKR : type;
        try {
            AccountConfig config = new AccountConfig(id == null ? "invalid" : id, knownType,
                    account.read("api-base-url", null, nullable(httpUrl())),
                    account.read("since", null, nullable(instant())),
                    account.read("backfill", false, bool()),
                    account.read("write", knownType.defaultWriteMode(), writeMode(type)),
                    account.read("write-template", DEFAULT_WRITE_TEMPLATE, writeTemplate()),
                    pageId(account, type),
                    account.read("include-private", false, bool()),
                    account.read("opt-out-tag", DEFAULT_OPT_OUT_TAG, text()),
                    account.list("exclude-albums", List.of(), identifier()),
                    account.read("max-image-size", DEFAULT_MAX_IMAGE_SIZE, integer(64, 10_000)),
                    account.read("allow-demo-model", false, bool()),
                    CredentialsParser.parse(account.secretSection("credentials"), type),
                    account.read("credentials-file", null, nullable(path(account.context().baseDirectory()))),
                    sections.schedule(account.section("schedule"), global.schedule()),
                    sections.filter(account.section("filter"), global.filter()),
                    sections.review(account.section("review"), global.review()),
                    account.read("max-posts-per-day", null, nullable(integer(1, 100_000))),
                    FolderParser.parse(account, type));
            return problems.size() > problemsBefore ? null : config;
        } catch (IllegalArgumentException e) {
            // Only reachable through a fallback value after a reported problem, unless a check is missing here.
            if (problems.size() == problemsBefore) {
                account.problemHere(e.getMessage());
            }
            return null;
        }
    }

    private static String pageId(Section account, AccountType type) {
        int problemsBefore = account.context().problems().size();
        String pageId = account.read("page-id", null, nullable(identifier()));
        boolean readFailed = account.context().problems().size() > problemsBefore;
        if (type == AccountType.FACEBOOK_PAGE && pageId == null && !readFailed) {
            account.problem("page-id", "is required for facebook-page accounts");
        } else if (type != null && type != AccountType.FACEBOOK_PAGE && pageId != null) {
            account.problem("page-id", "is only allowed for facebook-page accounts, was " + pageId);
            return null;
        }
        return pageId;
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

    private static Converter<WriteMode> writeMode(AccountType type) {
        return value -> {
            WriteMode mode = choice(WriteMode.values(), WriteMode::configName).convert(value);
            if (type != null && !type.writeModes().contains(mode)) {
                String allowed = type.writeModes().stream().map(WriteMode::configName)
                        .collect(Collectors.joining(", "));
                throw new InvalidValueException("must be one of " + allowed + " for " + type.configName()
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
