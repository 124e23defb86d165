--liquibase formatted sql

--changeset proximite:017-text-fields-once
-- A text's fields are kept once: as the fields of its current revision (content_revision_field at
-- content_text.version), no longer also in a working copy of their own. A save then writes each
-- field once, instead of deleting the working copy, writing it again and copying it to the revision.
-- The working copy is what editors saw: it becomes its text's current revision, in place of any
-- fields that revision had (they are the same, as every write kept its revision).
INSERT INTO content_revision (item_id, language_code, version, state, source_version, created_at, created_by)
SELECT t.item_id, t.language_code, t.version, t.state, t.source_version, t.updated_at, t.updated_by
FROM content_text t
WHERE NOT EXISTS (SELECT 1 FROM content_revision r
                  WHERE r.item_id = t.item_id AND r.language_code = t.language_code AND r.version = t.version);
DELETE FROM content_revision_field
WHERE EXISTS (SELECT 1 FROM content_text t
              WHERE t.item_id = content_revision_field.item_id AND t.language_code = content_revision_field.language_code
                AND t.version = content_revision_field.version);
INSERT INTO content_revision_field (item_id, language_code, version, field_name, field_value)
SELECT f.item_id, f.language_code, t.version, f.field_name, f.field_value
FROM content_text_field f
JOIN content_text t ON t.item_id = f.item_id AND t.language_code = f.language_code;
DROP TABLE content_text_field;
