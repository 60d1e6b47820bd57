-- +goose Up

-- audit_log records every back-office change. It is append-only: the
-- trigger below refuses UPDATE and DELETE, whoever asks.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    actor_id    bigint,
    actor_email text NOT NULL DEFAULT '',
    action      text NOT NULL CHECK (action ~ '^[a-z_]+\.[a-z_.]+$'),
    record_type text NOT NULL DEFAULT '',
    record_id   text NOT NULL DEFAULT '',
    summary     text NOT NULL DEFAULT '',
    before      jsonb,
    after       jsonb,
    remote_addr text NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC);
CREATE INDEX audit_log_record_idx ON audit_log (record_type, record_id, at DESC);

-- +goose StatementBegin
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- +goose Down
DROP TABLE audit_log;
DROP FUNCTION audit_log_append_only();
