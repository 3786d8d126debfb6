package dev.autocaption.store;

import dev.autocaption.config.StoreConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The second process of {@link ConcurrentAccessTest}: opens the store the test holds open, reads, writes photo
 * {@code child-1}, waits for "check" on stdin, reads again, and reports each step on stdout.
 */
public final class StoreClientMain {
    private StoreClientMain() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Database database = Database.open(new StoreConfig(args[0]))) {
            System.out.println("read " + photos(database));
            database.useTransaction(tx -> tx.photos().insertIfAbsent(StoreFixtures.discovered(args[1], "child-1")));
            System.out.println("wrote");
            System.out.flush();
            String command = in.readLine();
            if (!"check".equals(command)) {
                throw new IllegalStateException("expected check on stdin, was " + command);
            }
            System.out.println("read " + photos(database));
        }
        System.out.println("closed");
    }

    private static int photos(Database database) {
        Map<PhotoState, Integer> counts = database.inTransaction(tx -> tx.photos().countByState(null));
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
