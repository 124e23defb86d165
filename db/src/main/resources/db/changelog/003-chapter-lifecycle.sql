--liquibase formatted sql

--changeset proximite:003-chapter-state
-- Why a chapter is in its state (incompatible, failed), what its jar's signature is, whether it
-- carries code, and the colour it brands exports with.
ALTER TABLE chapter ADD COLUMN state_reason VARCHAR(4000);
ALTER TABLE chapter ADD COLUMN signature VARCHAR(20) DEFAULT 'UNSIGNED' NOT NULL;
ALTER TABLE chapter ADD COLUMN has_code BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE chapter ADD COLUMN requires VARCHAR(200);
ALTER TABLE chapter ADD COLUMN brand_colour VARCHAR(7);

--changeset proximite:003-chapter-packages
-- The installed chapters' jars themselves: the database is the record of what is installed, so a
-- restart or a second instance on the same database comes back to the same chapters; the
-- plugins folder is only a copy.
CREATE TABLE chapter_package (
    chapter_id VARCHAR(64)  NOT NULL,
    version    VARCHAR(40)  NOT NULL,
    sha256     VARCHAR(64)  NOT NULL,
    file_name  VARCHAR(255) NOT NULL,
    content    BYTEA        NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_by  VARCHAR(80)  NOT NULL,
    PRIMARY KEY (chapter_id, version)
);

CREATE TABLE chapter_dependency (
    chapter_id    VARCHAR(64)  NOT NULL REFERENCES chapter (id) ON DELETE CASCADE,
    depends_on    VARCHAR(64)  NOT NULL,
    version_range VARCHAR(100) NOT NULL,
    PRIMARY KEY (chapter_id, depends_on)
);

--changeset proximite:003-chapter-terms-and-bundles
-- A chapter's words for things (a country's name for a local security council).
CREATE TABLE chapter_term (
    chapter_id    VARCHAR(64)  NOT NULL REFERENCES chapter (id) ON DELETE CASCADE,
    term_key      VARCHAR(80)  NOT NULL,
    language_code VARCHAR(12)  NOT NULL REFERENCES language (code),
    label         VARCHAR(200) NOT NULL,
    note          VARCHAR(1000),
    PRIMARY KEY (chapter_id, term_key, language_code)
);

-- Interface texts for languages a chapter brings (message bundles).
CREATE TABLE ui_message (
    chapter_id    VARCHAR(64)   NOT NULL REFERENCES chapter (id) ON DELETE CASCADE,
    language_code VARCHAR(12)   NOT NULL,
    message_key   VARCHAR(200)  NOT NULL,
    message       VARCHAR(4000) NOT NULL,
    PRIMARY KEY (chapter_id, language_code, message_key)
);

--changeset proximite:003-practice-adaptations
-- How a chapter adapts a practice another chapter brought: per language, the fields it changes,
-- and why.
CREATE TABLE practice_adaptation (
    practice_id   BIGINT       NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    chapter_id    VARCHAR(64)  NOT NULL REFERENCES chapter (id) ON DELETE CASCADE,
    language_code VARCHAR(12)  NOT NULL REFERENCES language (code),
    field_name    VARCHAR(20)  NOT NULL,
    field_value   VARCHAR,
    PRIMARY KEY (practice_id, chapter_id, language_code, field_name)
);

--changeset proximite:003-trusted-code
-- Code chapters an admin allowed by id and exact jar fingerprint.
CREATE TABLE allowed_chapter_code (
    plugin_id  VARCHAR(64) NOT NULL,
    sha256     VARCHAR(64) NOT NULL,
    allowed_by VARCHAR(80) NOT NULL,
    allowed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (plugin_id, sha256)
);
