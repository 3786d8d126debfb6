package dev.autocaption.config;

import static dev.autocaption.config.ConfigPrinter.text;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/** The {@code accounts[]} part of {@link ConfigPrinter}: one account with every key, credentials masked. */
final class AccountPrinter {
    private AccountPrinter() {
    }

    static ObjectNode account(AccountConfig account) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", account.id());
        node.put("type", account.type().configName());
        node.put("api-base-url", account.apiBaseUrl() == null ? null : text(account.apiBaseUrl().toString()));
        node.put("since", account.since() == null ? null : account.since().toString());
        node.put("backfill", account.backfill());
        node.put("write", account.write().configName());
        node.put("write-template", text(account.writeTemplate()));
        node.put("page-id", text(account.pageId()));
        node.put("include-private", account.includePrivate());
        node.put("opt-out-tag", text(account.optOutTag()));
        node.set("exclude-albums", ConfigPrinter.texts(account.excludeAlbums()));
        node.put("max-image-size", account.maxImageSize());
        node.put("allow-demo-model", account.allowDemoModel());
        node.put("max-posts-per-day", account.maxPostsPerDay());
        node.set("credentials", credentials(account.type(), account.credentials()));
        node.put("credentials-file", account.credentialsFile() == null ? null
                : text(account.credentialsFile().toString()));
        node.set("schedule", ConfigPrinter.schedule(account.schedule()));
        node.set("filter", ConfigPrinter.filter(account.filter()));
        node.set("review", ConfigPrinter.review(account.review()));
        if (account.folder() != null) {
            folder(node, account.folder());
        }
        return node;
    }

    private static void folder(ObjectNode node, FolderConfig folder) {
        node.put("root", text(folder.root().toString()));
        node.set("include", ConfigPrinter.texts(folder.include()));
        node.set("exclude", ConfigPrinter.texts(folder.exclude()));
        node.put("sidecar-name", folder.sidecarName().configName());
        node.put("embed", folder.embed());
    }

    /** The keys the account type uses, each masked or null; never a real value. */
    private static ObjectNode credentials(AccountType type, Credentials credentials) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        List<String> keys = CredentialsParser.keysOf(type);
        List<Secret> values = type == AccountType.FOLDER ? List.of() : type.isFacebook()
                ? Arrays.asList(credentials.accessToken(), credentials.appSecret())
                : Arrays.asList(credentials.apiKey(), credentials.apiSecret(), credentials.token(),
                        credentials.tokenSecret());
        for (int i = 0; i < keys.size(); i++) {
            node.put(keys.get(i), values.get(i) == null ? null : Secret.MASK);
        }
        return node;
    }
}
