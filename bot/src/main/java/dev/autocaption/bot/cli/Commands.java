package dev.autocaption.bot.cli;

import picocli.CommandLine;

/**
 * The one explicit list of subcommands. A new command is one class plus one line here; nothing is discovered by
 * scanning or reflection.
 */
final class Commands {
    private Commands() {
    }

    static void register(CommandLine root, CliContext context, GlobalOptions globals) {
        root.addSubcommand("config", new CommandLine(new ConfigCommand())
                .addSubcommand("check", new ConfigCheckCommand(context, globals)));
        root.addSubcommand("db", new CommandLine(new DbCommand())
                .addSubcommand("migrate", new DbMigrateCommand(context, globals))
                .addSubcommand("info", new DbInfoCommand(context, globals))
                .addSubcommand("backup", new DbBackupCommand(context, globals))
                .addSubcommand("restore", new DbRestoreCommand(context, globals)));
        root.addSubcommand("history", new HistoryCommand(context, globals));
        root.addSubcommand("scenes", new CommandLine(new ScenesCommand())
                .addSubcommand("generate", new ScenesGenerateCommand(context)));
        root.addSubcommand("train", new TrainCommand(context));
        root.addSubcommand("evaluate", new EvaluateCommand(context));
        root.addSubcommand("models", new CommandLine(new ModelsCommand())
                .addSubcommand("list", new ModelsListCommand(context))
                .addSubcommand("fetch", new ModelsFetchCommand(context))
                .addSubcommand("inspect", new ModelsInspectCommand(context)), "model");
        root.addSubcommand("caption", new CaptionCommand(context, globals));
        root.addSubcommand("bench", new BenchCommand(context));
    }
}
