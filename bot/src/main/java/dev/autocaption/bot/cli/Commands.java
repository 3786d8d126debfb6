package dev.autocaption.bot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The one explicit list of subcommands. A new command is one class plus one line here; nothing is discovered by
 * scanning or reflection.
 */
final class Commands {
    private Commands() {
    }

    /** Standard input, opened only by a command that asks the user something. */
    private static BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    static void register(CommandLine root, CliContext context, GlobalOptions globals) {
        root.addSubcommand("config", GroupCommand.of("Check the configuration file.")
                .addSubcommand("check", new ConfigCheckCommand(context, globals)));
        root.addSubcommand("db", GroupCommand.of("Manage the store: migrate, show the schema, back up and restore.")
                .addSubcommand("migrate", new DbMigrateCommand(context, globals))
                .addSubcommand("info", new DbInfoCommand(context, globals))
                .addSubcommand("backup", new DbBackupCommand(context, globals))
                .addSubcommand("restore", new DbRestoreCommand(context, globals)));
        root.addSubcommand("run", new RunCommand(context, globals));
        root.addSubcommand("status", new StatusCommand(context, globals));
        root.addSubcommand("health", new HealthCommand(context, globals));
        root.addSubcommand("accounts", new AccountsCommand(context, globals));
        root.addSubcommand("runs", new RunsCommand(context, globals));
        root.addSubcommand("queue", new QueueCommand(context, globals));
        root.addSubcommand("approve", new ApproveCommand(context, globals));
        root.addSubcommand("reject", new RejectCommand(context, globals));
        root.addSubcommand("edit", new EditCommand(context, globals));
        root.addSubcommand("history", new HistoryCommand(context, globals));
        root.addSubcommand("rollback", new RollbackCommand(context, globals));
        root.addSubcommand("recaption", new RecaptionCommand(context, globals));
        root.addSubcommand("retry", new RetryCommand(context, globals));
        root.addSubcommand("demo", new DemoCommand(context));
        root.addSubcommand("auth", GroupCommand.of("Authorise autocaption with Flickr, or check a Facebook Page "
                        + "token.")
                .addSubcommand("flickr", new AuthFlickrCommand(context, globals, Commands::stdin))
                .addSubcommand("facebook", new AuthFacebookCommand(context, globals)));
        root.addSubcommand("scenes", GroupCommand.of("Synthetic scenes with reference captions (see models/demo/MODEL_CARD.md).")
                .addSubcommand("generate", new ScenesGenerateCommand(context)));
        root.addSubcommand("train", new TrainCommand(context));
        root.addSubcommand("evaluate", new EvaluateCommand(context, globals));
        root.addSubcommand("models", GroupCommand.of("List the models autocaption knows, install the ones that can "
                        + "be fetched, inspect a checkpoint, calibrate a model's domain statistics.")
                .addSubcommand("list", new ModelsListCommand(context))
                .addSubcommand("fetch", new ModelsFetchCommand(context))
                .addSubcommand("inspect", new ModelsInspectCommand(context))
                .addSubcommand("calibrate", new ModelsCalibrateCommand(context, globals)), "model");
        root.addSubcommand("caption", new CaptionCommand(context, globals));
        root.addSubcommand("bench", new BenchCommand(context));
    }
}
