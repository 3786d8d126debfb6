/** Approving queued captions: the approvals file the person writes, and the CLI decisions. */
package dev.autocaption.bot.approval;
