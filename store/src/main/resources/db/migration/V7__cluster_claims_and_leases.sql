-- Cluster mode (cluster.enabled: true, PostgreSQL only, but the tables are portable and exist on H2 too): claims on
-- photos to caption and posts to write, so that several instances take disjoint work with
-- SELECT ... FOR UPDATE SKIP LOCKED; per-account leases in place of the single-daemon lock; the instances and
-- their last check-in, for `autocaption status`. A single daemon never sets the claim columns.
-- (V6 is Quartz's job store, PostgreSQL only: db/vendor/postgresql/V6__quartz_job_store.sql.)
-- Append-only: never edit this file once merged; add V8__... instead.

-- Who is working on the photo/post and until when; an expired claim is free to take.
ALTER TABLE photos ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE photos ADD COLUMN claim_expires TIMESTAMP WITH TIME ZONE;
ALTER TABLE posts ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE posts ADD COLUMN claim_expires TIMESTAMP WITH TIME ZONE;

-- The instance running the account's cycle, until expires_at (renewed while it runs, expired when it ends).
CREATE TABLE account_leases (
    account_id  VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES accounts (id),
    owner       VARCHAR(200) NOT NULL,
    acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per cluster instance: its roles and its last check-in.
CREATE TABLE cluster_instances (
    instance_id   VARCHAR(200) NOT NULL PRIMARY KEY,
    roles         VARCHAR(64)  NOT NULL,
    host          VARCHAR(255) NOT NULL,
    pid           BIGINT       NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_in_at TIMESTAMP WITH TIME ZONE NOT NULL
);
