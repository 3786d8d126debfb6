package dev.autocaption.bot.cli;

/** How list commands print: an aligned table for people, CSV for spreadsheets, JSON for scripts. */
enum OutputFormat {
    TABLE, CSV, JSON
}
