-- +goose Up

-- Every mail Podium sends goes through this outbox. A row is written in the
-- same transaction as the action that caused it (and as the River job that
-- delivers it), so a mail exists exactly when that action committed. Rows
-- stay after delivery so that /admin/outbox can show what was sent; in
-- development nothing leaves the machine and mails end as 'kept'.
CREATE TABLE outbox_mails (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    to_address text NOT NULL CHECK (to_address <> ''),
    to_name    text NOT NULL DEFAULT '',
    lang       text NOT NULL CHECK (lang IN ('nl', 'en')),
    -- What caused the mail, such as 'password_reset' or 'invitation'.
    kind       text NOT NULL CHECK (kind ~ '^[a-z0-9]+(_[a-z0-9]+)*$'),
    subject    text NOT NULL CHECK (subject <> ''),
    text_body  text NOT NULL,
    html_body  text NOT NULL DEFAULT '',
    -- queued: waiting for (another) delivery attempt; sending: an attempt is
    -- under way; sent: the SMTP server accepted it; kept: deliberately not
    -- sent (development); failed: given up.
    status     text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'kept', 'failed')),
    attempts   integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    sent_at    timestamptz
);

CREATE INDEX outbox_mails_status_created_idx ON outbox_mails (status, created_at DESC);
CREATE INDEX outbox_mails_created_idx ON outbox_mails (created_at DESC);

-- Files attached to a mail, such as an event's .ics invitation.
CREATE TABLE outbox_attachments (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mail_id      bigint NOT NULL REFERENCES outbox_mails (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    filename     text NOT NULL CHECK (filename <> ''),
    content_type text NOT NULL CHECK (content_type <> ''),
    data         bytea NOT NULL,
    UNIQUE (mail_id, position)
);

-- +goose Down
DROP TABLE outbox_attachments;
DROP TABLE outbox_mails;
