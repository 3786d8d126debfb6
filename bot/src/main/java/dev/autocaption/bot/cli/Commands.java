package dev.autocaption.bot.cli;

import dev.autocaption.bot.Toolkit;
import dev.autocaption.bot.connector.Authorization;
import dev.autocaption.bot.connector.Platform;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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
        root.addSubcommand("auth", auth(context, globals, Commands::stdin));
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

    /** {@code auth <family>}: one subcommand per platform family that declares how it authorises. */
    static CommandLine auth(CliContext context, GlobalOptions globals, Supplier<BufferedReader> input) {
        CommandLine group = GroupCommand.of("Authorise an account with its platform, or check its token.");
        Map<String, Authorization> flows = new LinkedHashMap<>();
        for (Platform platform : Toolkit.platforms()) {
            if (platform.authorization() != null) {
                flows.putIfAbsent(platform.spec().family(), platform.authorization());
            }
        }
        flows.forEach((family, flow) -> group.addSubcommand(family,
                AuthCommand.of(context, globals, family, flow, input)));
        return group;
    }
}
