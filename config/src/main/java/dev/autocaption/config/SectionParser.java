package dev.autocaption.config;

import static dev.autocaption.config.Values.bool;
import static dev.autocaption.config.Values.choice;
import static dev.autocaption.config.Values.decimal;
import static dev.autocaption.config.Values.integer;
import static dev.autocaption.config.Values.longInteger;
import static dev.autocaption.config.Values.nullable;
import static dev.autocaption.config.Values.path;
import static dev.autocaption.config.Values.text;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Reads the sections other than {@code accounts}. Filter, review and schedule take a base: the defaults for the
 * global sections, the effective global values for an account's overrides. Filter and review merge key by key;
 * a schedule that sets interval or cron replaces the base schedule as a whole (the two are alternatives).
 * Each method returns the base when it found problems, which the caller must then not use.
 */
final class SectionParser {
    static final List<String> STORE_KEYS = List.of("url", "user", "password", "pool-size");
    static final List<String> MODEL_KEYS = List.of("engine", "path", "vocab", "device", "beam-size", "max-length",
            "batch-size", "length-normalization", "intra-op-threads", "inter-op-threads", "max-image-pixels",
            "detector-threshold", "jpeg-dct", "exif-orientation", "precision");
    static final List<String> FILTER_KEYS = List.of("post-above", "drop-below", "min-words", "blocklist",
            "hedge-middle-band");
    static final List<String> REVIEW_KEYS = List.of("mode", "approvals-file");
    static final List<String> SCHEDULE_KEYS = List.of("interval", "cron");
    static final List<String> WEB_KEYS = List.of("enabled", "bind", "port", "token", "thumbnails");
    static final List<String> RETRY_KEYS = List.of("photo-attempts", "photo-timeout");
    static final List<String> CLUSTER_KEYS = List.of("enabled", "check-in-interval", "instance-id", "roles");

    private final Path baseDirectory;
    private final Path installation;

    /**
     * @param baseDirectory what relative paths in the file resolve against
     * @param installation     where the bundled models live ({@code AUTOCAPTION_HOME}, else the working directory)
     */
    SectionParser(Path baseDirectory, Path installation) {
        this.baseDirectory = baseDirectory;
        this.installation = installation;
    }

    /** The built-in defaults, with the bundled model resolved against the installation directory. */
    ModelConfig defaultModel() {
        ModelConfig d = ModelConfig.defaults();
        return d.withPath(installation.resolve(d.path()).normalize(), d.vocab());
    }

    /** The built-in defaults, with the approvals file resolved against the base directory. */
    ReviewConfig defaultReview() {
        ReviewConfig d = ReviewConfig.defaults();
        return new ReviewConfig(d.mode(), baseDirectory.resolve(d.approvalsFile()).normalize());
    }

    StoreConfig store(Section section) {
        section.allowOnly(STORE_KEYS);
        String url = section.read("url", StoreConfig.DEFAULT_URL, text());
        String user = section.read("user", null, nullable(text()));
        Secret password = section.readSecret("password", null, nullable(Values.secret()));
        int poolSize = section.read("pool-size", StoreConfig.DEFAULT_POOL_SIZE, integer(1, StoreConfig.MAX_POOL_SIZE));
        if (!url.startsWith("jdbc:")) {
            section.problem("url", "must be a JDBC URL starting with jdbc:, was " + StoreConfig.mask(url));
            return StoreConfig.defaults().resolvedAgainst(baseDirectory);
        }
        StoreConfig store = new StoreConfig(url, user, password, poolSize);
        if (password != null && user == null && !store.isPostgreSql()) {
            section.problem("password", "is used only together with store.user for an H2 store; set store.user too");
        }
        return store.resolvedAgainst(baseDirectory);
    }

    ModelConfig model(Section section) {
        section.allowOnly(MODEL_KEYS);
        ModelConfig d = defaultModel();
        Engine engine = section.read("engine", d.engine(), choice(Engine.values(), Engine::configName));
        Path defaultPath = engine == Engine.DETECTOR
                ? installation.resolve(ModelConfig.DEFAULT_DETECTOR_PATH).normalize() : d.path();
        return new ModelConfig(
                engine,
                section.read("path", defaultPath, path(baseDirectory)),
                section.read("vocab", d.vocab(), nullable(path(baseDirectory))),
                section.read("device", d.device(), choice(Device.values(), Device::configName)),
                section.read("beam-size", d.beamSize(), integer(1, 64)),
                section.read("max-length", d.maxLength(), integer(2, 100)),
                section.read("batch-size", d.batchSize(), integer(1, 1024)),
                section.read("length-normalization", d.lengthNormalization(), decimal(0, 10)),
                section.read("intra-op-threads", d.intraOpThreads(), integer(0, 1024)),
                section.read("inter-op-threads", d.interOpThreads(), integer(0, 1024)),
                section.read("max-image-pixels", d.maxImagePixels(), longInteger(1, Long.MAX_VALUE)),
                section.read("detector-threshold", d.detectorThreshold(), decimal(0, 1)),
                new ImageDecoding(section.read("jpeg-dct", d.decoding().jpegDct(),
                        choice(JpegDct.values(), JpegDct::configName)),
                        section.read("exif-orientation", d.decoding().exifOrientation(), bool())),
                section.read("precision", d.precision(), choice(Precision.values(), Precision::configName)),
                null);
    }

    FilterConfig filter(Section section, FilterConfig base) {
        section.allowOnly(FILTER_KEYS);
        int problemsBefore = section.context().problems().size();
        double postAbove = section.read("post-above", base.postAbove(), decimal(0, 1));
        double dropBelow = section.read("drop-below", base.dropBelow(), decimal(0, 1));
        int minWords = section.read("min-words", base.minWords(), integer(0, 100));
        List<String> blocklist = section.list("blocklist", base.blocklist(), text());
        boolean hedge = section.read("hedge-middle-band", base.hedgeMiddleBand(), bool());
        if (section.context().problems().size() > problemsBefore) {
            return base;
        }
        if (dropBelow > postAbove) {
            section.problem("drop-below", "must not be above post-above (" + Values.plain(postAbove) + "), was "
                    + Values.plain(dropBelow));
            return base;
        }
        return new FilterConfig(postAbove, dropBelow, minWords, blocklist, hedge);
    }

    ReviewConfig review(Section section, ReviewConfig base) {
        section.allowOnly(REVIEW_KEYS);
        return new ReviewConfig(
                section.read("mode", base.mode(), choice(ReviewMode.values(), ReviewMode::configName)),
                section.read("approvals-file", base.approvalsFile(), path(baseDirectory)));
    }

    ScheduleConfig schedule(Section section, ScheduleConfig base) {
        section.allowOnly(SCHEDULE_KEYS);
        boolean hasInterval = section.isSet("interval");
        boolean hasCron = section.isSet("cron");
        if (hasInterval && hasCron) {
            section.problemHere("set either interval or cron, not both");
            return base;
        }
        if (hasInterval) {
            Duration interval = section.read("interval", null, minimumDuration(ScheduleConfig.MIN_INTERVAL));
            return interval == null ? base : ScheduleConfig.every(interval);
        }
        if (hasCron) {
            String cron = section.read("cron", null, cronExpression());
            return cron == null ? base : ScheduleConfig.cron(cron);
        }
        return base;
    }

    RetryConfig retry(Section section) {
        section.allowOnly(RETRY_KEYS);
        RetryConfig d = RetryConfig.defaults();
        int attempts = section.read("photo-attempts", d.photoAttempts(), integer(1, 100));
        Duration timeout = section.read("photo-timeout", d.photoTimeout(), durationIn(Duration.ofSeconds(1),
                Duration.ofHours(1)));
        return new RetryConfig(attempts, timeout);
    }

    /** The cluster section; a cluster needs a store every instance reaches: PostgreSQL. */
    ClusterConfig cluster(Section section, StoreConfig store) {
        section.allowOnly(CLUSTER_KEYS);
        ClusterConfig d = ClusterConfig.defaults();
        boolean enabled = section.read("enabled", d.enabled(), bool());
        Duration checkIn = section.read("check-in-interval", d.checkInInterval(),
                durationIn(ClusterConfig.MIN_CHECK_IN_INTERVAL, ClusterConfig.MAX_CHECK_IN_INTERVAL));
        if (enabled && !store.isPostgreSql()) {
            section.problem("enabled", "needs a PostgreSQL store (store.url jdbc:postgresql://...) that every instance"
                    + " reaches, was store.url " + store.maskedUrl());
            return d;
        }
        String instanceId = section.read("instance-id", null, nullable(text()));
        List<ClusterRole> roles = section.list("roles", List.copyOf(d.roles()),
                choice(ClusterRole.values(), ClusterRole::configName));
        if (roles.isEmpty()) {
            section.problem("roles", "needs at least one of " + Values.names(ClusterRole.values(),
                    ClusterRole::configName) + ", was an empty list");
            return d;
        }
        return new ClusterConfig(enabled, checkIn, instanceId, java.util.EnumSet.copyOf(roles));
    }

    WebConfig web(Section section) {
        section.allowOnly(WEB_KEYS);
        WebConfig d = WebConfig.defaults();
        boolean enabled = section.read("enabled", d.enabled(), bool());
        String bind = section.read("bind", d.bind(), text());
        int port = section.read("port", d.port(), integer(1, 65535));
        Secret token = section.readSecret("token", null, nullable(token()));
        Path thumbnails = section.read("thumbnails", d.thumbnails(), nullable(path(baseDirectory)));
        if (token == null && !WebConfig.isLoopback(bind)) {
            if (!section.isSet("token")) {
                section.problem("token", "is required when web.bind is not a loopback address (bind is " + bind
                        + "): whoever reaches the page can approve posts; set a long random value, e.g. token: "
                        + "${AUTOCAPTION_WEB_TOKEN}");
            }
            return d;
        }
        return new WebConfig(bind, port, enabled, token, thumbnails);
    }

    /** A {@link WebConfig#MIN_TOKEN_LENGTH}-character secret at least; its value is never echoed. */
    private static Converter<Secret> token() {
        return value -> {
            String token = text().convert(value).strip();
            if (token.length() < WebConfig.MIN_TOKEN_LENGTH) {
                throw new InvalidValueException("must be at least " + WebConfig.MIN_TOKEN_LENGTH
                        + " characters, was a string of " + token.length());
            }
            return Secret.of(token);
        };
    }

    private static Converter<Duration> minimumDuration(Duration minimum) {
        return value -> {
            Duration duration = Values.duration().convert(value);
            if (duration.compareTo(minimum) < 0) {
                throw new InvalidValueException("must be at least " + DurationFormat.format(minimum) + ", was "
                        + value.describe());
            }
            return duration;
        };
    }

    private static Converter<Duration> durationIn(Duration minimum, Duration maximum) {
        return value -> {
            Duration duration = Values.duration().convert(value);
            if (duration.compareTo(minimum) < 0 || duration.compareTo(maximum) > 0) {
                throw new InvalidValueException("must be between " + DurationFormat.format(minimum) + " and "
                        + DurationFormat.format(maximum) + ", was " + value.describe());
            }
            return duration;
        };
    }

    private static Converter<String> cronExpression() {
        return value -> {
            String cron = text().convert(value).strip();
            int fields = cron.split("\\s+").length;
            if (fields != 6 && fields != 7) {
                throw new InvalidValueException("must be a Quartz cron expression with 6 or 7 fields (seconds "
                        + "minutes hours day-of-month month day-of-week [year]), was " + value.describe() + " ("
                        + fields + (fields == 1 ? " field)" : " fields)"));
            }
            return cron;
        };
    }
}
