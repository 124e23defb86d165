--liquibase formatted sql

--changeset proximite:004-chapter-pages
-- Pages about a chapter's country or partner, per language.
CREATE TABLE chapter_page (
    chapter_id    VARCHAR(64)  NOT NULL REFERENCES chapter (id) ON DELETE CASCADE,
    slug          VARCHAR(80)  NOT NULL,
    position      INTEGER      NOT NULL,
    language_code VARCHAR(12)  NOT NULL REFERENCES language (code),
    title         VARCHAR(200) NOT NULL,
    body          VARCHAR,
    PRIMARY KEY (chapter_id, slug, language_code)
);
