/**
 * Approving queued captions: the approvals files the person writes (each account's effective
 * {@code review.approvals-file}, read every cycle and, through {@link dev.autocaption.bot.approval.ApprovalsWatch},
 * right after it changes), and the CLI decisions; {@link dev.autocaption.bot.approval.ApprovalWorkflow} is the one
 * place a decision moves a photo.
 */
package dev.autocaption.bot.approval;
