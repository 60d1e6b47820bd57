-- +goose Up

-- Sessions are kept server-side so that they can be revoked and so that every
-- replica sees the same ones. The cookie carries a random token; only its
-- SHA-256 is stored here, so a copy of this table cannot be used to take over
-- a session.
--
-- user_id has no foreign key: the users table is created by a migration of
-- its own. A user's rows are deleted by sessionstore.Store.DeleteForUser
-- (password change, account disabled or deleted); the session store owns the
-- rows, so nothing else should write to this table.
CREATE TABLE sessions (
    id_hash      bytea PRIMARY KEY CHECK (octet_length(id_hash) = 32),
    user_id      bigint,
    -- gob-encoded session values, see internal/sessionstore/values.go.
    data         bytea NOT NULL,
    created_at   timestamptz NOT NULL,
    -- Updated at most once a minute, so the idle timeout is checked with a
    -- granularity of one minute.
    last_seen_at timestamptz NOT NULL,
    -- Absolute expiry: created_at plus the absolute timeout. Renewing a
    -- session (at sign-in) creates a new row, so it restarts there.
    expires_at   timestamptz NOT NULL,
    CHECK (expires_at > created_at)
);

-- Ending all sessions of one user.
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
-- The periodic cleanup of expired sessions.
CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);

-- +goose Down
DROP TABLE sessions;
