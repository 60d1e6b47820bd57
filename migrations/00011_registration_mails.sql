-- +goose Up

-- The outbox keeps every mail after delivery, and a mail to a candidate
-- about their registration holds their name and address. This table ties
-- such mails to the event (and, where there is one, the registration) they
-- are about, so that the purge of registrations after the retention period,
-- and of registrations never confirmed, deletes those mails with them.
CREATE TABLE registration_mails (
    mail_id         bigint PRIMARY KEY REFERENCES outbox_mails (id) ON DELETE CASCADE,
    event_id        bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    -- NULL for a mail to an address that was registered already: there is
    -- no registration of its own to tie it to.
    registration_id bigint REFERENCES registrations (id) ON DELETE SET NULL
);
CREATE INDEX registration_mails_event_idx ON registration_mails (event_id);
CREATE INDEX registration_mails_registration_idx ON registration_mails (registration_id)
    WHERE registration_id IS NOT NULL;

-- +goose Down
DROP TABLE registration_mails;
