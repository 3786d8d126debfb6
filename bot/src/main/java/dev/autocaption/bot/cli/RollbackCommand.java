package dev.autocaption.bot.cli;

import dev.autocaption.bot.Toolkit;
import dev.autocaption.bot.pipeline.Rollback;
import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PostSelection;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption rollback}: restores what each selected remote field held before our write and removes our
 * marker tags (or deletes our comment); running it again does nothing more.
 */
@Command(name = "rollback", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Undo posted captions: restore each field's previous text and remove our marker tags.")
final class RollbackCommand implements Callable<Integer> {
    static final class Selection {
        @Option(names = "--run", paramLabel = "RUN_ID", description = "Posts enqueued by this run.")
        Long run;
        @Option(names = "--model", paramLabel = "MODEL_ID", description = "Posts of captions by this model.")
        String model;
        @Option(names = "--account", paramLabel = "ID", description = "Posts to this account (see --since).")
        String account;
        @Option(names = "--photo", paramLabel = "ACCOUNT/PHOTO", description = "The post to this photo.")
        String photo;
    }

    private final CliContext context;
    private final GlobalOptions globals;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Selection selection;

    @Option(names = "--since", paramLabel = "TIME", description = "With --account: posted at or after TIME "
            + "(a date, an instant or an age such as 7d).")
    private String since;

    @Option(names = "--dry-run", description = "Only list what would be undone.")
    private boolean dryRun;

    RollbackCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        BotConfig config = ConfigSupport.load(context, globals).config();
        Toolkit tools = context.tools(config);
        List<Rollback.Item> items;
        try (Database database = StoreSupport.open(tools)) {
            PostSelection posts = select(database);
            items = new Rollback(database, tools::source).run(posts, dryRun);
        }
        return print(items);
    }

    private PostSelection select(Database database) {
        if (since != null && selection.account == null) {
            throw new CommandFailure(ExitCode.USAGE, "--since: only with --account");
        }
        if (selection.run != null) {
            if (database.inTransaction(tx -> tx.runs().find(selection.run)).isEmpty()) {
                throw new CommandFailure(ExitCode.USAGE, "--run: no run " + selection.run + " in the store "
                        + "('autocaption runs' lists them)");
            }
            return PostSelection.ofRun(selection.run);
        }
        if (selection.model != null) {
            return PostSelection.ofModel(selection.model);
        }
        if (selection.account != null) {
            Instant from = TimeArgument.parse("--since", since, context.clock());
            return PostSelection.ofAccount(selection.account, from);
        }
        PhotoKey key = PhotoKey.parse("--photo", selection.photo);
        Photo photo = database.inTransaction(tx -> tx.photos().find(key.accountId(), key.photoId())).orElseThrow(
                () -> new CommandFailure(ExitCode.USAGE, "--photo: no photo " + key + " in the store"));
        return PostSelection.ofPhoto(photo.id());
    }

    private int print(List<Rollback.Item> items) {
        PrintWriter out = context.out();
        if (items.isEmpty()) {
            out.println("nothing to roll back");
        }
        int problems = 0;
        for (Rollback.Item item : items) {
            if (item.problem() != null) {
                problems++;
                out.println(item.photoKey() + ": NOT rolled back: " + item.problem());
            } else {
                out.println(item.photoKey() + ": " + (dryRun ? "would restore" : "restored") + " \""
                        + item.restoredText() + "\" (was \"" + item.writtenText() + "\")");
            }
        }
        out.flush();
        return problems == 0 ? ExitCode.OK : ExitCode.PARTIAL_FAILURE;
    }
}
