/** Choosing and opening the captioning engine the configuration names. */
package dev.autocaption.bot.engine;
