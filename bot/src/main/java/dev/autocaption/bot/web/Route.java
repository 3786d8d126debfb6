package dev.autocaption.bot.web;

import java.io.IOException;

/** One page or endpoint. */
@FunctionalInterface
interface Route {
    void handle(Exchange exchange) throws IOException;
}
