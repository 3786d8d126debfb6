package dev.autocaption.bot.cli;

import dev.autocaption.bot.Toolkit;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.pipeline.Recaption;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.BotConfig;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.store.Database;
import dev.autocaption.store.StoredCaption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code autocaption recaption ACCOUNT/PHOTO}: captions one photo again with the configured model and queues it. */
@Command(name = "recaption", mixinStandardHelpOptions = true,
        description = "Caption one photo again (e.g. after changing the model) and queue the result for review.")
final class RecaptionCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    @Parameters(index = "0", paramLabel = "ACCOUNT/PHOTO", description = "The photo, e.g. flickr-main/53684749845.")
    private String photo;

    RecaptionCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        PhotoKey key = PhotoKey.parse("ACCOUNT/PHOTO", photo);
        BotConfig config = ConfigSupport.load(context, globals).config();
        AccountConfig account = config.account(key.accountId());
        if (account == null) {
            throw new CommandFailure(ExitCode.USAGE, "ACCOUNT/PHOTO: no account " + key.accountId()
                    + " in the config");
        }
        List<StoredCaption> captions;
        Toolkit tools = context.tools(config);
        try (Database database = StoreSupport.open(tools)) {
            Recaption.check(database, key.accountId(), key.photoId());
            try (ImageCaptioner captioner = tools.loadCaptioner()) {
                captions = new Recaption(database, captioner).run(tools.source(account.id()), key.photoId());
            }
        } catch (CaptioningException e) {
            throw new CommandFailure(ExitCode.MODEL, "cannot caption with " + config.model().path() + ": "
                    + e.getMessage(), e);
        } catch (ConnectorException e) {
            throw new CommandFailure(ExitCode.PARTIAL_FAILURE, e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new CommandFailure(ExitCode.PARTIAL_FAILURE, e.getMessage(), e);
        }
        context.out().println(key + ": queued with " + captions.size() + " new candidate(s):");
        for (StoredCaption caption : captions) {
            context.out().println(String.format(Locale.ROOT, "  %d: %.2f  %s", caption.rank(),
                    caption.candidate().score(), caption.text()));
        }
        context.out().flush();
        return ExitCode.OK;
    }
}
