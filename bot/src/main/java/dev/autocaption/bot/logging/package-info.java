/** Logging set-up from the command line: levels, the optional log file, SDK loggers kept quiet. */
package dev.autocaption.bot.logging;
