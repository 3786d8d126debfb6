package dev.autocaption.bot.cli;

import dev.autocaption.bot.Toolkit;
import dev.autocaption.config.ConfigException;
import dev.autocaption.config.LoadedConfig;

/** Loads the configuration the way every command does, turning problems into a {@link CommandFailure}. */
final class ConfigSupport {
    private ConfigSupport() {
    }

    static LoadedConfig load(CliContext context, GlobalOptions globals) {
        try {
            return Toolkit.configLoader(context.environment(), context.workingDirectory()).load(globals.config());
        } catch (ConfigException e) {
            throw new CommandFailure(ExitCode.CONFIG, e.getMessage(), e);
        }
    }
}
