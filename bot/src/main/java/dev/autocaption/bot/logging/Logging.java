package dev.autocaption.bot.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Sets the log level and the optional log file from the global command-line options, on top of
 * {@code logback.xml} (one line per event on stderr).
 *
 * <p>The SDK loggers stay at INFO or above even with {@code -vv}: their debug output prints request URLs, and
 * those can carry access tokens.
 */
public final class Logging {
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{20} - %msg%n";
    private static final String[] SDK_LOGGERS = {"com.flickr4java", "com.restfb", "com.github.scribejava"};

    private Logging() {
    }

    /**
     * @param verbosity number of {@code -v} flags: 0 info, 1 debug, 2 or more trace (our code only)
     * @param quiet     warnings and errors only; wins over verbosity
     * @param logFile   an extra file to append the log to, or null
     */
    public static void configure(int verbosity, boolean quiet, Path logFile) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Level level = quiet ? Level.WARN : verbosity >= 2 ? Level.TRACE : verbosity == 1 ? Level.DEBUG : Level.INFO;
        context.getLogger("dev.autocaption").setLevel(level);
        root.setLevel(quiet ? Level.WARN : verbosity >= 1 ? Level.DEBUG : Level.INFO);
        for (String sdk : SDK_LOGGERS) {
            context.getLogger(sdk).setLevel(quiet ? Level.WARN : Level.INFO);
        }
        if (logFile != null) {
            root.addAppender(fileAppender(context, logFile));
        }
    }

    private static FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> fileAppender(
            LoggerContext context, Path logFile) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(logFile.toAbsolutePath().toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
