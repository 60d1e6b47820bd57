-- +goose Up

-- Partner organisations, kept minimal here: partner users belong to one.
-- A later migration adds the profile (logo, description, website, ...).
CREATE TABLE partners (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug       text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name       text NOT NULL CHECK (name <> ''),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Back-office people: admins, HR editors and partner users.
CREATE TABLE users (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email               text NOT NULL CHECK (email <> ''),
    name                text NOT NULL DEFAULT '',
    role                text NOT NULL CHECK (role IN ('admin', 'editor', 'partner')),
    partner_id          bigint REFERENCES partners (id),
    lang                text NOT NULL DEFAULT 'nl' CHECK (lang IN ('nl', 'en')),
    -- argon2id in PHC string format; NULL until the person sets a password.
    password_hash       text,
    password_changed_at timestamptz,
    disabled_at         timestamptz,
    -- Base32 TOTP secret; set but unconfirmed while totp_enabled_at is NULL.
    totp_secret         text,
    totp_enabled_at     timestamptz,
    -- The last accepted TOTP time step, so one code cannot be used twice.
    totp_last_step      bigint,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    -- Exactly the partner users belong to a partner.
    CHECK ((role = 'partner') = (partner_id IS NOT NULL)),
    CHECK (totp_enabled_at IS NULL OR totp_secret IS NOT NULL)
);
CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));
CREATE INDEX users_partner_idx ON users (partner_id) WHERE partner_id IS NOT NULL;

-- Single-use two-factor recovery codes, stored as SHA-256 hashes.
CREATE TABLE recovery_codes (
    user_id   bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash text NOT NULL,
    used_at   timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

-- Password-reset and invitation links. Only the SHA-256 of the token is
-- stored, so a copy of the database does not hold usable links.
CREATE TABLE user_tokens (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    text NOT NULL CHECK (purpose IN ('reset', 'invite')),
    token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX user_tokens_user_idx ON user_tokens (user_id, purpose);

-- Failed sign-in attempts per account and per client address. Kept in the
-- database so that every replica sees the same counts.
CREATE TABLE login_throttle (
    key              text PRIMARY KEY,
    failures         integer NOT NULL CHECK (failures > 0),
    first_failure_at timestamptz NOT NULL,
    last_failure_at  timestamptz NOT NULL,
    locked_until     timestamptz
);

-- Site-wide settings that admins change at run time.
CREATE TABLE settings (
    key        text PRIMARY KEY,
    value      jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE settings;
DROP TABLE login_throttle;
DROP TABLE user_tokens;
DROP TABLE recovery_codes;
DROP TABLE users;
DROP TABLE partners;
