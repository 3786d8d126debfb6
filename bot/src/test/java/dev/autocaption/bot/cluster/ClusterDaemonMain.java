package dev.autocaption.bot.cluster;

import dev.autocaption.bot.Bot;
import dev.autocaption.bot.Engines;
import dev.autocaption.bot.FakeCaptioner;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.bot.pipeline.PipelineEvent;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.ClusterRole;
import dev.autocaption.config.Engine;
import dev.autocaption.config.ScheduleConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * One cluster instance of {@link ClusterKillTest}, in its own JVM: the real {@link Bot} in cluster mode (all roles)
 * with Quartz's clustered job store on the shared PostgreSQL, one Flickr account per simulator, polled every
 * {@link #POLL} (a cron with a step in its seconds field, so no jitter). It prints {@code ready} once started, then
 * its pipeline events, and stops cleanly when its standard input ends; the parent SIGKILLs it at will.
 * Args: store url, instance id, work directory, then one simulator base uri per account.
 */
public final class ClusterDaemonMain {
    /** How often each account's job fires (on whichever instance takes the trigger). */
    static final ScheduleConfig POLL = ScheduleConfig.cron("*/2 * * * * ?");

    private ClusterDaemonMain() {
    }

    /** The id of the account at the simulator with this index (from 0). */
    static String account(int index) {
        return "flickr-" + (index + 1);
    }

    public static void main(String[] args) throws Exception {
        String store = args[0];
        String id = args[1];
        Path dir = Files.createDirectories(Path.of(args[2]).resolve(id));
        List<AccountConfig> accounts = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            accounts.add(ClusterWorld.flickr(account(i - 3), URI.create(args[i]), dir, POLL));
        }
        Engines engines = Engines.standard().register(Engine.SHOW_AND_TELL, model -> new FakeCaptioner());
        Connectors connectors = Connectors.standard(ConnectorRuntime.system(), 3600);
        try (Bot bot = Bot.open(ClusterWorld.instance(store, id, EnumSet.allOf(ClusterRole.class), accounts, dir),
                Clock.systemUTC(), engines, connectors, ClusterDaemonMain::print, false)) {
            bot.start();
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() != -1) {
                // runs until the parent closes our input
            }
        }
        System.out.println("stopped");
    }

    private static void print(PipelineEvent event) {
        System.out.println(event.line());
    }
}
