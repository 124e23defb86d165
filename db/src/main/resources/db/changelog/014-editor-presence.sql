--liquibase formatted sql

--changeset proximite:014-editor-presence
-- Who has an item open in an editor right now, shared by every instance: one row per open editor
-- (a browser tab), its seen_at refreshed every few seconds while it stays open and the row
-- deleted when it closes. A row whose seen_at is older than a few heartbeats is an editor that
-- left without saying so (a stopped instance, a lost connection): it is not shown, and deleted at
-- the next opening of any editor. No foreign key to content_item: a heartbeat must never wait for
-- a save that holds the item's row.
CREATE TABLE editor_presence (
    editor_session VARCHAR(36)  NOT NULL PRIMARY KEY,
    username       VARCHAR(80)  NOT NULL,
    item_id        BIGINT       NOT NULL,
    languages      VARCHAR(400) NOT NULL,
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX editor_presence_item ON editor_presence (item_id);
