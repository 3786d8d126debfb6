package dev.autocaption.bot.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * Broken configuration files, each with the key (or the place in the file) that its error message must name. Every
 * one must end the command with exit code 3, the problem named, and no stack trace.
 */
final class HostileConfigs {
    /** One broken file: its name, its text, and what the message must contain. */
    record Input(String family, String name, String yaml, String named) {
        @Override
        public String toString() {
            return family + "/" + name;
        }
    }

    private static final String ACCOUNT = """
            accounts:
              - id: flickr-main
                type: flickr
                credentials: { api-key: k, api-secret: s }
            """;

    private HostileConfigs() {
    }

    static List<Input> all() {
        List<Input> inputs = new ArrayList<>();
        syntax(inputs);
        values(inputs);
        accounts(inputs);
        return inputs;
    }

    private static void syntax(List<Input> in) {
        add(in, "syntax", "unclosed quote", "store:\n  url: \"jdbc:h2:./x\n", "line");
        add(in, "syntax", "tab indentation", "model:\n\tbeam-size: 3\n", "line");
        add(in, "syntax", "bad indentation", "model:\n  beam-size: 3\n path: x\n", "line");
        add(in, "syntax", "unclosed flow mapping", "filter: { post-above: 0.8\n", "line");
        add(in, "syntax", "unclosed flow sequence", "filter:\n  blocklist: [a, b\n", "line");
        add(in, "syntax", "duplicate key", "model:\n  beam-size: 3\n  beam-size: 4\n", "beam-size");
        add(in, "syntax", "top level is a list", "- store\n- model\n", "mapping");
        add(in, "syntax", "top level is a string", "just some words\n", "mapping");
        add(in, "syntax", "binary garbage", "\u0000\u0001\u0002\u00ff\u00fe garbage \u0007\n", "line");
        add(in, "syntax", "anchor to nowhere", "model: *nothing\n", "line");
        add(in, "syntax", "document of nulls", "store: ~\nmodel: [1, 2]\n", "model");
        add(in, "syntax", "a megabyte on one line", "store:\n  url: " + "x".repeat(1 << 20) + "\n", "store.url");
    }

    private static void values(List<Input> in) {
        add(in, "values", "unknown top-level key", "stroe:\n  url: jdbc:h2:./x\n", "stroe");
        add(in, "values", "unknown model key", "model:\n  beam-sise: 3\n", "model.beam-sise");
        add(in, "values", "unknown filter key", "filter:\n  post-abov: 0.8\n", "filter.post-abov");
        add(in, "values", "store url not jdbc", "store:\n  url: postgres://x\n", "store.url");
        for (String value : List.of("high", "1.5", "-0.1", "[0.7]", "{a: 1}", "NaN")) {
            add(in, "values", "post-above " + value, "filter:\n  post-above: " + value + "\n", "filter.post-above");
        }
        add(in, "values", "drop-below above post-above", "filter:\n  post-above: 0.5\n  drop-below: 0.6\n",
                "filter.drop-below");
        for (String value : List.of("0", "1000", "x", "2.5", "-3")) {
            add(in, "values", "beam-size " + value, "model:\n  beam-size: " + value + "\n", "model.beam-size");
        }
        for (String value : List.of("0", "-1", "100000")) {
            add(in, "values", "batch-size " + value, "model:\n  batch-size: " + value + "\n", "model.batch-size");
        }
        add(in, "values", "engine unknown", "model:\n  engine: gpt\n", "model.engine");
        add(in, "values", "max-length zero", "model:\n  max-length: 0\n", "model.max-length");
        add(in, "values", "intra-op-threads negative", "model:\n  intra-op-threads: -1\n", "model.intra-op-threads");
        add(in, "values", "detector-threshold 2", "model:\n  detector-threshold: 2\n", "model.detector-threshold");
        add(in, "values", "length-normalization 11", "model:\n  length-normalization: 11\n",
                "model.length-normalization");
        add(in, "values", "min-words negative", "filter:\n  min-words: -1\n", "filter.min-words");
        add(in, "values", "blocklist a number", "filter:\n  blocklist: 5\n", "filter.blocklist");
        add(in, "values", "hedge-middle-band maybe", "filter:\n  hedge-middle-band: maybe\n",
                "filter.hedge-middle-band");
        add(in, "values", "approvals-file a list", "review:\n  approvals-file: [a, b]\n", "review.approvals-file");
        add(in, "values", "unknown web key", "web:\n  bnid: 0.0.0.0\n", "web.bnid");
        add(in, "values", "unknown retry key", "retry:\n  attempts: 3\n", "retry.attempts");
        add(in, "values", "device unknown", "model:\n  device: tpu\n", "model.device");
        add(in, "values", "max-image-pixels zero", "model:\n  max-image-pixels: 0\n", "model.max-image-pixels");
        for (String value : List.of("10s", "soon", "0", "-5m", "1x")) {
            add(in, "values", "interval " + value, "schedule:\n  interval: " + value + "\n", "schedule.interval");
        }
        add(in, "values", "cron of three fields", "schedule:\n  cron: \"* * *\"\n", "schedule.cron");
        add(in, "values", "review mode unknown", "review:\n  mode: manual\n", "review.mode");
        for (String value : List.of("0", "101", "many")) {
            add(in, "values", "photo-attempts " + value, "retry:\n  photo-attempts: " + value + "\n",
                    "retry.photo-attempts");
        }
        for (String value : List.of("0s", "2h", "forever")) {
            add(in, "values", "photo-timeout " + value, "retry:\n  photo-timeout: " + value + "\n",
                    "retry.photo-timeout");
        }
        for (String value : List.of("0", "70000", "http")) {
            add(in, "values", "web port " + value, "web:\n  port: " + value + "\n", "web.port");
        }
        add(in, "values", "missing environment variable", "store:\n  url: \"${AUTOCAPTION_TEST_NOT_SET}\"\n",
                "AUTOCAPTION_TEST_NOT_SET");
        add(in, "values", "section is a scalar", "filter: strict\n", "filter");
        add(in, "values", "section is a list", "model:\n  - beam-size: 3\n", "model");
    }

    private static void accounts(List<Input> in) {
        add(in, "accounts", "accounts is a scalar", "accounts: 5\n", "accounts");
        add(in, "accounts", "account without id", "accounts:\n  - type: flickr\n", "accounts[0].id");
        add(in, "accounts", "account id with capitals", ACCOUNT.replace("flickr-main", "Flickr Main"),
                "accounts[0].id");
        add(in, "accounts", "duplicate account ids", ACCOUNT + ACCOUNT.substring("accounts:\n".length()),
                "accounts[1].id");
        add(in, "accounts", "unknown account type", ACCOUNT.replace("type: flickr", "type: flickr2"),
                "accounts[0].type");
        add(in, "accounts", "write mode of another platform", ACCOUNT.replace("type: flickr",
                "type: flickr\n    write: post-message"), "accounts[0].write");
        add(in, "accounts", "write template without the caption", ACCOUNT.replace("type: flickr",
                "type: flickr\n    write-template: \"auto\""), "accounts[0].write-template");
        add(in, "accounts", "api base url not a url", ACCOUNT.replace("type: flickr",
                "type: flickr\n    api-base-url: \"not a url\""), "accounts[0].api-base-url");
        add(in, "accounts", "since not a date", ACCOUNT.replace("type: flickr", "type: flickr\n    since: yesterday"),
                "accounts[0].since");
        add(in, "accounts", "max-image-size too small", ACCOUNT.replace("type: flickr",
                "type: flickr\n    max-image-size: 10"), "accounts[0].max-image-size");
        add(in, "accounts", "page id on a flickr account", ACCOUNT.replace("type: flickr",
                "type: flickr\n    page-id: \"123\""), "accounts[0].page-id");
        add(in, "accounts", "page account without page id", """
                accounts:
                  - id: shop
                    type: facebook-page
                    credentials: { access-token: t }
                """, "accounts[0].page-id");
        add(in, "accounts", "flickr account without api key", """
                accounts:
                  - id: flickr-main
                    type: flickr
                    credentials: { api-secret: s }
                """, "accounts[0].credentials.api-key");
        add(in, "accounts", "misspelt credential key", ACCOUNT.replace("api-secret: s", "api-secert: s"),
                "accounts[0].credentials.api-secert");
        add(in, "accounts", "account schedule too fast", ACCOUNT.replace("type: flickr",
                "type: flickr\n    schedule: { interval: 5s }"), "accounts[0].schedule.interval");
        add(in, "accounts", "account filter out of range", ACCOUNT.replace("type: flickr",
                "type: flickr\n    filter: { drop-below: 2 }"), "accounts[0].filter.drop-below");
        add(in, "accounts", "unknown account key", ACCOUNT.replace("type: flickr", "type: flickr\n    wirte: append"),
                "accounts[0].wirte");
    }

    private static void add(List<Input> inputs, String family, String name, String yaml, String named) {
        inputs.add(new Input(family, name, yaml, named));
    }
}
