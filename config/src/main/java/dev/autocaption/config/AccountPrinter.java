package dev.autocaption.config;

import static dev.autocaption.config.ConfigPrinter.text;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The {@code accounts[]} part of {@link ConfigPrinter}: one account with every key, credentials masked. */
final class AccountPrinter {
    private AccountPrinter() {
    }

    /** @param spec the account type's rules (which credential keys it prints) */
    static ObjectNode account(AccountConfig account, PlatformSpec spec) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", account.id());
        node.put("type", account.type().configName());
        node.put("api-base-url", account.apiBaseUrl() == null ? null : text(account.apiBaseUrl().toString()));
        node.put("since", account.since() == null ? null : account.since().toString());
        node.put("backfill", account.backfill());
        node.put("write", account.write().configName());
        node.put("write-template", text(account.writeTemplate()));
        node.put("page-id", text(account.pageId()));
        settings(node, account.settings(), spec);
        node.put("include-private", account.includePrivate());
        node.put("opt-out-tag", text(account.optOutTag()));
        node.set("exclude-albums", ConfigPrinter.texts(account.excludeAlbums()));
        node.put("max-image-size", account.maxImageSize());
        node.put("allow-demo-model", account.allowDemoModel());
        node.put("max-posts-per-day", account.maxPostsPerDay());
        node.set("credentials", credentials(spec, account.credentials()));
        node.put("credentials-file", account.credentialsFile() == null ? null
                : text(account.credentialsFile().toString()));
        node.set("schedule", ConfigPrinter.schedule(account.schedule()));
        node.set("filter", ConfigPrinter.filter(account.filter()));
        node.set("review", ConfigPrinter.review(account.review()));
        return node;
    }

    /** The type's other own keys, as the file gave them; null where it gave none (the platform's default). */
    private static void settings(ObjectNode node, AccountSettings settings, PlatformSpec spec) {
        List<String> keys = spec == null ? List.copyOf(settings.values().keySet()) : spec.ownKeys();
        for (String key : keys) {
            Object value = settings.values().get(key);
            if (key.equals(AccountConfig.PAGE_ID)) {
                continue;
            }
            if (value instanceof List<?> list) {
                node.set(key, ConfigPrinter.texts(list.stream().map(String::valueOf).toList()));
            } else if (value instanceof Boolean bool) {
                node.put(key, bool);
            } else {
                node.put(key, value == null ? null : text(value.toString()));
            }
        }
    }

    /** The keys the account type uses, each masked or null; never a real value. */
    private static ObjectNode credentials(PlatformSpec spec, Credentials credentials) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        List<String> keys = spec == null ? List.copyOf(credentials.values().keySet()) : spec.credentialKeys();
        for (String key : keys) {
            node.put(key, credentials.get(key) == null ? null : Secret.MASK);
        }
        return node;
    }
}
