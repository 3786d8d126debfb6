package dev.autocaption.store;

import dev.autocaption.config.WriteMode;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps {@code posts} rows to {@link Post} records for {@link PostRepository}. */
final class PostRows {
    static final String COLUMNS = "id, idempotency_key, photo_id, run_id, caption_id, decision_id, model_id,"
            + " score, write_mode, written_text, previous_text, created_remote_ids, state, attempts, next_attempt_at,"
            + " last_error, created_at, updated_at, posted_at, rolled_back_at";

    private PostRows() {
    }

    static Post read(ResultSet row) throws SQLException {
        NewPost request = new NewPost(row.getString("idempotency_key"), row.getLong("photo_id"),
                SqlValues.nullableLong(row, "run_id"), SqlValues.nullableLong(row, "caption_id"),
                SqlValues.nullableLong(row, "decision_id"), row.getString("model_id"),
                SqlValues.nullableDouble(row, "score"), SqlValues.decode(WriteMode.values(), WriteMode::configName,
                row.getString("write_mode"), "posts.write_mode"), row.getString("written_text"));
        return new Post(row.getLong("id"), request,
                SqlValues.decode(PostState.values(), row.getString("state"), "posts.state"), row.getInt("attempts"),
                SqlValues.instant(row, "next_attempt_at"), row.getString("last_error"),
                row.getString("previous_text"), SqlValues.splitLines(row.getString("created_remote_ids")),
                SqlValues.instant(row, "created_at"), SqlValues.instant(row, "updated_at"),
                SqlValues.instant(row, "posted_at"), SqlValues.instant(row, "rolled_back_at"));
    }
}
