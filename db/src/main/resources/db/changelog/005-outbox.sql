--liquibase formatted sql

--changeset proximite:005-outbox
-- Every change of content or of a chapter, appended in the transaction that makes it: consumers
-- (audit log, search index, caches, other instances) read it in order of position. A write that
-- rolls back leaves no event.
CREATE TABLE outbox_event (
    position      BIGINT       NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(80)  NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    item_kind     VARCHAR(20),
    item_key      VARCHAR(80),
    language_code VARCHAR(12),
    item_version  INTEGER,
    chapter_id    VARCHAR(64)
);
CREATE INDEX outbox_event_occurred_at ON outbox_event (occurred_at);

-- The last position given out. Appending updates this one row, which holds its lock until the
-- transaction ends: positions are therefore committed in order, and a reader that has seen
-- position n never sees a smaller one appear later.
CREATE TABLE outbox_head (
    id            INTEGER NOT NULL PRIMARY KEY,
    last_position BIGINT  NOT NULL
);
INSERT INTO outbox_head (id, last_position) VALUES (1, 0);
