--liquibase formatted sql

--changeset proximite:015-carried-sign-in
-- A person's sign-in, so that any instance can carry it on when the one that held their session
-- stops (a restart, a rolling update): the browser keeps a random token for as long as it is open,
-- the database keeps only its SHA-256. It counts until expires_at (the sign-in's absolute timeout)
-- and while it was seen within the idle timeout; the sessions it opens keep signed_in_at, so their
-- timeouts run from the first sign-in. Signing out removes it; a disabled or changed account
-- (sessions_valid_after) makes it useless.
CREATE TABLE account_sign_in (
    token_hash   CHAR(64)  NOT NULL PRIMARY KEY,
    user_id      BIGINT    NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    signed_in_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX account_sign_in_user ON account_sign_in (user_id);
CREATE INDEX account_sign_in_expiry ON account_sign_in (expires_at);
