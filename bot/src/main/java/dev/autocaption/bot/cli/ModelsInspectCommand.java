package dev.autocaption.bot.cli;

import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.showandtell.ModelInspection;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code autocaption model inspect MODEL}: lists what a Show and Tell checkpoint holds and checks it against its
 * architecture and vocabulary without loading the weights; works on a V2 {@code .index} file alone.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Check a Show and Tell model (directory or checkpoint prefix/.index) against its "
                + "architecture: LSTM naming family, tensor count, parameters, and every missing, unexpected or "
                + "mis-shaped tensor. Works on an .index file alone.")
final class ModelsInspectCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "MODEL", description = "A model directory, a checkpoint prefix, or its .index file.")
    private Path model;

    @Option(names = "--vocab", paramLabel = "FILE",
            description = "The vocabulary to check (default: the model's own, or word_counts.txt beside it).")
    private Path vocab;

    ModelsInspectCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            ModelInspection inspection = ModelInspection.inspect(context.workingDirectory().resolve(model),
                    vocab == null ? null : context.workingDirectory().resolve(vocab));
            context.out().print(inspection.report());
            context.out().flush();
            return inspection.ok() ? ExitCode.OK : ExitCode.MODEL;
        } catch (CaptioningException e) {
            throw new CommandFailure(ExitCode.MODEL, e.getMessage(), e);
        }
    }
}
