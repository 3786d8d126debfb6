package dev.autocaption.bot.cli;

import dev.autocaption.inference.detector.model.DetectorModelStore;
import dev.autocaption.inference.detector.model.ModelStatus;
import dev.autocaption.inference.detector.model.NpmPack;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code autocaption models list}: each known model, installed (where, hashes) or not (and how to install). */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Show each known model: installed (where, with its verified hashes) or not installed (and the "
                + "command that installs it).")
final class ModelsListCommand implements Callable<Integer> {
    private final CliContext context;

    ModelsListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        DetectorModelStore detector = new DetectorModelStore(
                DetectorModelStore.defaultDirectory(context.environment(), context.workingDirectory()),
                NpmPack.onPath(), context.clock());
        for (ModelStatus status : detector.list()) {
            context.out().println(status.describe());
        }
        context.out().flush();
        return ExitCode.OK;
    }
}
