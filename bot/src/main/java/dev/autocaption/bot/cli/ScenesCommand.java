package dev.autocaption.bot.cli;

import picocli.CommandLine.Command;

/** {@code autocaption scenes}: the synthetic scene data sets the demo model is trained and evaluated on. */
@Command(name = "scenes", mixinStandardHelpOptions = true,
        description = "Synthetic scenes with reference captions (see models/demo/MODEL_CARD.md).")
final class ScenesCommand {
}
