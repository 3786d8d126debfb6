/**
 * The daemon's metrics through Micrometer, exposed by the web page's {@code /metrics} in Prometheus format: photo
 * events and cycles per account, photos by state, caption time and batch sizes, API calls and errors per platform
 * and error code, rate-limit headroom, model load time, JVM and process memory. Decorators around the captioner
 * and the connectors measure without either knowing; nothing outside this package sees a Micrometer type.
 */
package dev.autocaption.bot.metrics;
