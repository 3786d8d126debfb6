-- Per-photo retry: a transient failure of one photo (its download, its decoding, one write) stays on that photo.
-- attempts counts the failed attempts of the photo's current step (reset when the photo moves on);
-- next_attempt_at is when the daemon may try it again (null: now). Portable SQL (H2 and PostgreSQL).
-- Append-only: never edit this file once merged; add V5__... instead.

ALTER TABLE photos ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE photos ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX photos_due_idx ON photos (account_id, state, next_attempt_at);
