package dev.autocaption.bot.metrics;

import dev.autocaption.bot.connector.CaptionWrite;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.Headroom;
import dev.autocaption.bot.connector.PhotoSource;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.WriteReceipt;
import dev.autocaption.config.AccountConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/**
 * An account's connector, counted: {@code autocaption_api_calls_total{platform, account, operation}} per
 * connector operation (a poll that reads several pages counts once) and {@code
 * autocaption_api_errors_total{platform, account, operation, code}} per failure, by the code the connector gave it
 * ({@code flickr-98}, {@code graph-4}, {@code http-503}, {@code timeout}, ...). Thread-safe as the source is.
 */
final class CountedPhotoSource implements PhotoSource {
    /** One call of the source. */
    @FunctionalInterface
    private interface Call<T> {
        T run() throws ConnectorException;
    }

    private final PhotoSource source;
    private final MeterRegistry registry;
    private final String platform;

    CountedPhotoSource(MeterRegistry registry, PhotoSource source) {
        this.source = source;
        this.registry = registry;
        this.platform = source.platform();
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public WriteReceipt reconciledReceipt(RemotePhoto current, String previousText) {
        return source.reconciledReceipt(current, previousText);
    }

    @Override
    public AccountConfig account() {
        return source.account();
    }

    @Override
    public PollResult poll(PollCursor cursor) throws ConnectorException {
        return counted(Operation.POLL, () -> source.poll(cursor));
    }

    @Override
    public byte[] openImage(RemotePhoto photo) throws ConnectorException {
        return counted(Operation.OPEN_IMAGE, () -> source.openImage(photo));
    }

    @Override
    public RemotePhoto refresh(RemotePhoto photo) throws ConnectorException {
        return counted(Operation.REFRESH, () -> source.refresh(photo));
    }

    @Override
    public WriteReceipt write(RemotePhoto photo, CaptionWrite caption) throws ConnectorException {
        return counted(Operation.WRITE, () -> source.write(photo, caption));
    }

    @Override
    public WriteReceipt markProcessed(RemotePhoto photo, CaptionWrite caption) throws ConnectorException {
        return counted(Operation.MARK, () -> source.markProcessed(photo, caption));
    }

    @Override
    public void undo(WriteReceipt receipt) throws ConnectorException {
        counted(Operation.UNDO, () -> {
            source.undo(receipt);
            return null;
        });
    }

    @Override
    public Headroom headroom() {
        return source.headroom();
    }

    private <T> T counted(Operation operation, Call<T> call) throws ConnectorException {
        String op = operation.name().toLowerCase(Locale.ROOT);
        Counter.builder("autocaption.api.calls").description("Connector operations, per platform and account")
                .tags("platform", platform, "account", account().id(), "operation", op).register(registry)
                .increment();
        try {
            return call.run();
        } catch (ConnectorException e) {
            Counter.builder("autocaption.api.errors").description("Failed connector operations, by error code")
                    .tags("platform", platform, "account", account().id(), "operation", op, "code", e.code())
                    .register(registry).increment();
            throw e;
        }
    }

    @Override
    public String toString() {
        return source.toString();
    }
}
