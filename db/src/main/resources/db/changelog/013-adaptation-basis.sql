--liquibase formatted sql

--changeset proximite:013-adaptation-basis
-- The version of the adapted practice's text each adaptation was written against, per adapting
-- chapter and language: the practice's published text in the adaptation's language, or in the
-- practice's default language when that language has none published (basis_language says which).
-- A later published version of that text whose fields differ makes the adaptation outdated, until
-- a country editor of the adapting chapter confirms it still holds (reviewed_at, reviewed_by: the
-- basis then moves to the version they saw) or the adapting chapter is upgraded (the basis is
-- recorded again, reviewed_at empty). basis_version is null when nothing was published then.
CREATE TABLE item_adaptation_basis (
    item_id        BIGINT      NOT NULL REFERENCES content_item (id) ON DELETE CASCADE,
    chapter_id     VARCHAR(64) NOT NULL REFERENCES chapter (id) ON DELETE CASCADE,
    language_code  VARCHAR(12) NOT NULL REFERENCES language (code),
    basis_language VARCHAR(12) NOT NULL REFERENCES language (code),
    basis_version  INTEGER,
    reviewed_at    TIMESTAMP WITH TIME ZONE,
    reviewed_by    VARCHAR(80),
    PRIMARY KEY (item_id, chapter_id, language_code)
);
CREATE INDEX item_adaptation_basis_chapter ON item_adaptation_basis (chapter_id);

--changeset proximite:013-adaptation-basis-carry-over
-- Adaptations installed before: written against what readers see today.
INSERT INTO item_adaptation_basis (item_id, chapter_id, language_code, basis_language, basis_version)
SELECT a.item_id, a.chapter_id, a.language_code,
       CASE WHEN t.published_version IS NOT NULL THEN a.language_code ELSE i.default_language END,
       CASE WHEN t.published_version IS NOT NULL THEN t.published_version ELSE d.published_version END
FROM (SELECT DISTINCT item_id, chapter_id, language_code FROM item_adaptation) a
JOIN content_item i ON i.id = a.item_id
LEFT JOIN content_text t ON t.item_id = a.item_id AND t.language_code = a.language_code
LEFT JOIN content_text d ON d.item_id = a.item_id AND d.language_code = i.default_language;
