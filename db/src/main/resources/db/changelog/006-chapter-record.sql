--liquibase formatted sql

--changeset proximite:006-chapter-plans
-- Install plans waiting for an admin, with the uploaded jar itself, so that any instance on the
-- database can apply a plan another one prepared. Applying moves a plan from PREPARED to APPLIED
-- inside the transaction that installs the chapter: a plan is applied once, or not at all.
-- Plans expire (expires_at) and are then deleted.
CREATE TABLE chapter_plan (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    chapter_id  VARCHAR(64)  NOT NULL,
    version     VARCHAR(40)  NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    jar         BYTEA        NOT NULL,
    signature   VARCHAR(20)  NOT NULL,
    state       VARCHAR(20)  NOT NULL,
    prepared_by VARCHAR(80)  NOT NULL,
    prepared_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    applied_by  VARCHAR(80),
    applied_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX chapter_plan_expires_at ON chapter_plan (expires_at);

--changeset proximite:006-chapter-lock
-- The lock that serialises chapter changes across instances. PostgreSQL takes an advisory lock;
-- H2 locks this row (SELECT ... FOR UPDATE) for as long as the holder's transaction stays open.
CREATE TABLE chapter_lock (
    name VARCHAR(40) NOT NULL PRIMARY KEY
);
INSERT INTO chapter_lock (name) VALUES ('chapters');

--changeset proximite:006-chapter-publisher
-- Who published the installed jar: its Plugin-Provider, and the SHA-256 of the certificate that
-- signed it (null when unsigned). An upgrade from another publisher needs an admin's decision;
-- a signed chapter is only upgraded by a jar of the same signer.
ALTER TABLE chapter_package ADD COLUMN provider VARCHAR(200);
ALTER TABLE chapter_package ADD COLUMN signer VARCHAR(64);

--changeset proximite:006-typed-reasons
-- Reasons as codes with parameters (encoded by StoredReasons), so that each reader sees them in
-- their own language; the English text stays in message / state_reason for logs and old rows.
ALTER TABLE chapter_event ADD COLUMN reasons VARCHAR(8000);
ALTER TABLE chapter ADD COLUMN state_reasons VARCHAR(4000);
