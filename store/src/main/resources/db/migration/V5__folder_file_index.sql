-- A folder account's file index (issue 14): which content hash a file had at a given size and modification time,
-- so that a restarted daemon does not hash a whole photo library again. A row is only a hint: a file whose size or
-- modification time differs is hashed again, and whether a photo was discovered is what photos says, so a stale
-- or orphaned row (a crash between a poll and its commit, a deleted file) is harmless. path_key is the SHA-256 of
-- path (paths may be longer than a portable index key). No foreign key: rows may be written before the account
-- row exists in a test, and nothing reads them without the account. Portable SQL (H2 and PostgreSQL).
-- Append-only: never edit this file once merged; add V6__... instead.

CREATE TABLE folder_file_index (
    account_id      VARCHAR(64)    NOT NULL,
    path_key        CHAR(64)       NOT NULL,
    path            VARCHAR(4000)  NOT NULL,
    size_bytes      BIGINT         NOT NULL,
    modified_millis BIGINT         NOT NULL,
    sha256          CHAR(64)       NOT NULL,
    remote_id       VARCHAR(255)   NOT NULL,
    indexed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, path_key)
);
