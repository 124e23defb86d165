--liquibase formatted sql

--changeset proximite:012-editor-autosave
-- What an editor typed and has not saved yet, kept every few seconds per person and item, so that
-- a restart of the instance (or a closed tab) loses nothing: the editor offers it back when the
-- person opens the item again, on any instance. item_key is empty for a new item.
CREATE TABLE editor_autosave (
    username   VARCHAR(80)  NOT NULL,
    item_kind  VARCHAR(20)  NOT NULL,
    item_key   VARCHAR(80)  NOT NULL,
    draft      VARCHAR      NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, item_kind, item_key)
);
