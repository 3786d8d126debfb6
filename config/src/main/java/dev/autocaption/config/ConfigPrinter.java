package dev.autocaption.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.List;

/**
 * Prints a resolved {@link BotConfig} as {@code autocaption.yaml} text, for {@code autocaption config check}.
 * Every key is present, so the defaults in effect are visible; each account shows its effective schedule, filter
 * and review. Credentials print as {@link Secret#MASK}. The output reads back through {@link ConfigLoader} to an
 * equal configuration, except that each credential then holds the mask ({@code $} is written as {@code $$} so
 * that no value is taken for an environment reference). Stateless.
 */
public final class ConfigPrinter {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConfigPrinter() {
    }

    /** @param platforms the known account types; each account prints every credential key its type takes */
    public static String toYaml(BotConfig config, List<PlatformSpec> platforms) {
        ObjectNode root = NODES.objectNode();
        root.set("store", store(config.store()));
        root.set("model", model(config.model()));
        root.set("filter", filter(config.filter()));
        root.set("review", review(config.review()));
        root.set("schedule", schedule(config.schedule()));
        root.set("web", web(config.web()));
        root.putObject("retry").put("photo-attempts", config.retry().photoAttempts())
                .put("photo-timeout", DurationFormat.format(config.retry().photoTimeout()));
        root.putObject("cluster").put("enabled", config.cluster().enabled())
                .put("check-in-interval", DurationFormat.format(config.cluster().checkInInterval()));
        ObjectNode cluster = (ObjectNode) root.get("cluster");
        cluster.put("instance-id", config.cluster().instanceId());
        ArrayNode roles = cluster.putArray("roles");
        java.util.EnumSet.copyOf(config.cluster().roles()).forEach(role -> roles.add(role.configName()));
        ArrayNode accounts = root.putArray("accounts");
        config.accounts().forEach(account -> accounts.add(AccountPrinter.account(account, platforms.stream()
                .filter(platform -> platform.type().equals(account.type())).findFirst().orElse(null))));
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers could not be written as YAML", e);
        }
    }

    static ObjectNode store(StoreConfig store) {
        ObjectNode node = NODES.objectNode();
        node.put("url", text(store.maskedUrl()));
        node.put("user", store.user() == null ? null : text(store.user()));
        node.put("password", store.password() == null ? null : Secret.MASK);
        node.put("pool-size", store.poolSize());
        return node;
    }

    static ObjectNode model(ModelConfig model) {
        ObjectNode node = NODES.objectNode();
        node.put("engine", model.engine().configName());
        node.put("path", text(model.path().toString()));
        node.put("vocab", model.vocab() == null ? null : text(model.vocab().toString()));
        node.put("device", model.device().configName());
        node.put("beam-size", model.beamSize());
        node.put("max-length", model.maxLength());
        node.put("batch-size", model.batchSize());
        node.put("length-normalization", model.lengthNormalization());
        node.put("intra-op-threads", model.intraOpThreads());
        node.put("inter-op-threads", model.interOpThreads());
        node.put("max-image-pixels", model.maxImagePixels());
        node.put("detector-threshold", model.detectorThreshold());
        node.put("jpeg-dct", model.decoding().jpegDct().configName());
        node.put("exif-orientation", model.decoding().exifOrientation());
        node.put("precision", model.precision().configName());
        return node;
    }

    static ObjectNode filter(FilterConfig filter) {
        ObjectNode node = NODES.objectNode();
        node.put("post-above", filter.postAbove());
        node.put("drop-below", filter.dropBelow());
        node.put("min-words", filter.minWords());
        node.set("blocklist", texts(filter.blocklist()));
        node.put("hedge-middle-band", filter.hedgeMiddleBand());
        return node;
    }

    static ObjectNode review(ReviewConfig review) {
        ObjectNode node = NODES.objectNode();
        node.put("mode", review.mode().configName());
        node.put("approvals-file", text(review.approvalsFile().toString()));
        return node;
    }

    /** The token prints as {@link Secret#MASK}, like credentials. */
    static ObjectNode web(WebConfig web) {
        ObjectNode node = NODES.objectNode();
        node.put("enabled", web.enabled());
        node.put("bind", text(web.bind()));
        node.put("port", web.port());
        node.put("token", web.token() == null ? null : Secret.MASK);
        node.put("thumbnails", web.thumbnails() == null ? null : text(web.thumbnails().toString()));
        return node;
    }

    static ObjectNode schedule(ScheduleConfig schedule) {
        ObjectNode node = NODES.objectNode();
        node.put("interval", schedule.interval() == null ? null : DurationFormat.format(schedule.interval()));
        node.put("cron", schedule.cron() == null ? null : text(schedule.cron()));
        return node;
    }

    static ArrayNode texts(List<String> values) {
        ArrayNode node = NODES.arrayNode();
        values.forEach(value -> node.add(text(value)));
        return node;
    }

    /** A string value as the loader reads it back: {@code $} doubled, since the loader substitutes {@code ${}}. */
    static String text(String value) {
        return value == null ? null : value.replace("$", "$$");
    }
}
