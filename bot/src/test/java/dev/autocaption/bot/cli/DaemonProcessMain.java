package dev.autocaption.bot.cli;

import dev.autocaption.bot.Toolkit;
import dev.autocaption.bot.Bot;
import dev.autocaption.bot.Engines;
import dev.autocaption.bot.FakeCaptioner;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.config.BotConfig;
import dev.autocaption.config.Engine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The daemon of {@link DaemonNetworkTest}, in its own JVM: the config file {@code args[0]} loaded as {@code run}
 * loads it, the daemon opened and started as {@code run} does (real store, lock, scheduler, connectors; a fake
 * captioner in place of the model), "ready" on stdout, then running until a line (or the end) arrives on stdin.
 */
public final class DaemonProcessMain {
    private DaemonProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        Path configFile = Path.of(args[0]);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        CliContext context = new CliContext(out, new PrintWriter(System.err, true, StandardCharsets.UTF_8), Map.of(),
                configFile.getParent(), Clock.systemUTC(),
                Engines.standard().register(Engine.SHOW_AND_TELL, model -> new FakeCaptioner()),
                ConnectorRuntime.system());
        BotConfig config = Toolkit.configLoader(Map.of(), configFile.getParent()).load(configFile).config();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Bot bot = RunCommand.open(config, context, event -> { }, false)) {
            bot.start();
            out.println("ready");
            in.readLine();
            bot.stop();
        }
        out.println("stopped");
    }
}
