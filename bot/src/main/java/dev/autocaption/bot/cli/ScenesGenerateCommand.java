package dev.autocaption.bot.cli;

import dev.autocaption.workshop.scenes.SceneGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autocaption scenes generate}: writes N scenes of a seed as JPEGs plus a COCO captions.json. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Draw N scenes (deterministic for a seed) as JPEG files plus captions.json in COCO layout.")
final class ScenesGenerateCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--count", paramLabel = "N", required = true, description = "How many scenes.")
    private int count;

    @Option(names = "--seed", paramLabel = "S", required = true, description = "The data set's seed.")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (created).")
    private Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "320x240",
            description = "Image size (default ${DEFAULT-VALUE}).")
    private String size;

    ScenesGenerateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String[] parts = size.split("x");
        if (parts.length != 2 || !parts[0].matches("\\d{1,4}") || !parts[1].matches("\\d{1,4}")) {
            throw new CommandFailure(ExitCode.USAGE, "--size must look like 320x240, was " + size);
        }
        if (count < 1) {
            throw new CommandFailure(ExitCode.USAGE, "--count must be at least 1, was " + count);
        }
        Path dir = context.workingDirectory().resolve(out);
        try {
            new SceneGenerator(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])).generate(count, seed, dir);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCode.USAGE, e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.INPUT, "cannot write scenes to " + dir + ": " + e.getMessage(), e);
        }
        context.out().println("wrote " + count + " scenes (seed " + seed + ") and " + SceneGenerator.CAPTIONS_FILE
                + " to " + dir);
        context.out().flush();
        return ExitCode.OK;
    }
}
