package dev.autocaption.bot.approval;

import dev.autocaption.store.Transaction;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/** Which approvals-file entries were already applied or refused (table {@code applied_approvals}). */
final class AppliedApprovals {
    private AppliedApprovals() {
    }

    /** The entry's identity: the key and what it says, so a changed decision counts as a new one. */
    static String entry(Approval approval) {
        return switch (approval.action()) {
            case APPROVE -> "approve " + approval.rank();
            case REJECT -> "reject";
            case EDIT -> "edit " + approval.text();
        };
    }

    static boolean contains(Transaction tx, Approval approval) throws SQLException {
        try (PreparedStatement statement = tx.connection().prepareStatement(
                "SELECT 1 FROM applied_approvals WHERE photo_key = ? AND entry = ?")) {
            statement.setString(1, approval.key());
            statement.setString(2, entry(approval));
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }

    static void add(Transaction tx, Approval approval, String outcome) throws SQLException {
        try (PreparedStatement statement = tx.connection().prepareStatement(
                "INSERT INTO applied_approvals (photo_key, entry, outcome, applied_at) VALUES (?, ?, ?, ?)")) {
            statement.setString(1, approval.key());
            statement.setString(2, entry(approval));
            statement.setString(3, outcome.length() > 4000 ? outcome.substring(0, 4000) : outcome);
            statement.setTimestamp(4, Timestamp.from(tx.clock().instant()));
            statement.executeUpdate();
        }
    }
}
