package dev.autocaption.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Turns a parsed YAML tree into a {@link BotConfig}, or a {@link ConfigException} listing every problem. */
final class ConfigParser {
    static final List<String> TOP_LEVEL_KEYS = List.of("store", "model", "filter", "review", "schedule", "web",
            "retry", "cluster", "accounts");

    private final ReadContext context;

    ConfigParser(ReadContext context) {
        this.context = context;
    }

    BotConfig parse(JsonNode root, String source) throws ConfigException {
        Section top = Section.root(root, context);
        top.allowOnly(TOP_LEVEL_KEYS);
        SectionParser sections = new SectionParser(context.baseDirectory(), context.installation());
        StoreConfig store = sections.store(top.section("store"));
        BotConfig global = new BotConfig(
                store,
                sections.model(top.section("model")).withDataDirectory(store.dataDirectory()),
                sections.filter(top.section("filter"), FilterConfig.defaults()),
                sections.review(top.section("review"), sections.defaultReview()),
                sections.schedule(top.section("schedule"), ScheduleConfig.defaults()),
                sections.web(top.section("web")),
                sections.retry(top.section("retry")),
                sections.cluster(top.section("cluster"), store),
                List.of());
        List<AccountConfig> accounts = new AccountParser(sections, global, context.platforms()).parseAll(top.sections("accounts"));
        if (!context.problems().isEmpty()) {
            throw new ConfigException(source, context.problems().lines());
        }
        return new BotConfig(global.store(), global.model(), global.filter(), global.review(), global.schedule(),
                global.web(), global.retry(), global.cluster(), accounts);
    }
}
