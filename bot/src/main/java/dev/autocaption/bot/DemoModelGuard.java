package dev.autocaption.bot;

import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.ModelConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/**
 * The bundled demo model only knows drawn scenes: it may auto-post only to simulator accounts (API on loopback)
 * or to accounts that set {@code allow-demo-model: true}. Any other model auto-posts as the review mode says.
 */
final class DemoModelGuard {
    private static final Path DEMO = Path.of("models", "demo");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private DemoModelGuard() {
    }

    static boolean autoPostAllowed(AccountConfig account, ModelConfig model) {
        return !isDemo(model) || account.allowDemoModel() || isSimulator(account.apiBaseUrl());
    }

    static boolean isDemo(ModelConfig model) {
        return model.path().normalize().endsWith(DEMO);
    }

    private static boolean isSimulator(URI api) {
        return api != null && api.getHost() != null && LOOPBACK.contains(api.getHost());
    }
}
