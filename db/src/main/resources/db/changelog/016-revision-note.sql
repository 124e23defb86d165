--liquibase formatted sql

--changeset proximite:016-revision-note
-- What a revision says of how it was made, beyond who saved it and when: a message code (such as
-- revision.note.imported, for a draft imported from the web) and its parameters, one per line, so
-- that each reader of the history reads it in their own language. Both null for an ordinary save.
ALTER TABLE content_revision ADD COLUMN note_code VARCHAR(80);
ALTER TABLE content_revision ADD COLUMN note_parameters VARCHAR(4000);
