package dev.autocaption.store;

import dev.autocaption.config.StoreConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A second JVM for {@link StoreNetworkTest}: opens the store at {@code args[0]} with whatever {@code h2.bindAddress}
 * it was started with, prints "open URL", holds the store until a line (or the end) arrives on stdin, then closes it.
 */
public final class StoreHolderMain {
    private StoreHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Database database = Database.open(new StoreConfig(args[0]))) {
            System.out.println("open " + database.url());
            System.out.flush();
            in.readLine();
        }
        System.out.println("closed");
    }
}
