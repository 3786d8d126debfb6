/**
 * The review page the daemon serves (the JDK's own HTTP server, server-side HTML, a little JavaScript for the
 * keyboard): the queue with thumbnails and decisions, the history with filters, downloads and rollback, the
 * accounts, and {@code /metrics}, {@code /health}, {@code /ready}. Decisions go through the
 * {@link dev.autocaption.bot.approval.ApprovalWorkflow} like those of the CLI and the approvals file (source
 * {@code web}); rollbacks through {@link dev.autocaption.bot.pipeline.Rollback}. Everything that comes from
 * outside is escaped by {@link dev.autocaption.bot.web.Html}. What the CLI computes (account rows, history
 * downloads) is handed in through {@link dev.autocaption.bot.web.Site}: this package never imports the CLI, and no
 * daemon package imports this one.
 */
package dev.autocaption.bot.web;
