/**
 * The connector contract: {@link dev.autocaption.bot.connector.PhotoSource} and the records that cross it, the
 * one error type {@link dev.autocaption.bot.connector.ConnectorException}, and
 * {@link dev.autocaption.bot.connector.Connectors}, the explicit list of platforms. SDK types never appear here.
 */
package dev.autocaption.bot.connector;
