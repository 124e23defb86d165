--liquibase formatted sql

--changeset proximite:008-evidence
-- Evidence a reader can check. Sources are stored per item as its numbered references (position 1,
-- 2, ...), for practices and initiatives alike; a context page keeps its own. Each outcome of a
-- practice is rated on its own (direction found, level on the evidence ladder) and cites the
-- item's references by number. language_code has no foreign key: a source may be written in a
-- language the site does not offer.
CREATE TABLE content_source (
    item_id       BIGINT        NOT NULL REFERENCES content_item (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    title         VARCHAR(400)  NOT NULL,
    author        VARCHAR(200),
    published     VARCHAR(10),
    url           VARCHAR(2000),
    consulted     DATE,
    language_code VARCHAR(12),
    note          VARCHAR(1000),
    PRIMARY KEY (item_id, position)
);

-- direction: POSITIVE, NONE, NEGATIVE, MIXED or NOT_MEASURED; evidence_level as practice_fields.
CREATE TABLE practice_outcome (
    item_id        BIGINT      NOT NULL REFERENCES content_item (id) ON DELETE CASCADE,
    outcome        VARCHAR(40) NOT NULL,
    position       INTEGER     NOT NULL,
    direction      VARCHAR(20) NOT NULL,
    evidence_level VARCHAR(30) NOT NULL,
    PRIMARY KEY (item_id, outcome)
);
CREATE INDEX practice_outcome_filter ON practice_outcome (outcome, evidence_level);

CREATE TABLE practice_outcome_source (
    item_id         BIGINT      NOT NULL,
    outcome         VARCHAR(40) NOT NULL,
    source_position INTEGER     NOT NULL,
    PRIMARY KEY (item_id, outcome, source_position),
    FOREIGN KEY (item_id, outcome) REFERENCES practice_outcome (item_id, outcome) ON DELETE CASCADE,
    FOREIGN KEY (item_id, source_position) REFERENCES content_source (item_id, position) ON DELETE CASCADE
);

CREATE TABLE chapter_page_source (
    chapter_id    VARCHAR(64)   NOT NULL REFERENCES chapter (id) ON DELETE CASCADE,
    page_slug     VARCHAR(80)   NOT NULL,
    position      INTEGER       NOT NULL,
    title         VARCHAR(400)  NOT NULL,
    author        VARCHAR(200),
    published     VARCHAR(10),
    url           VARCHAR(2000),
    consulted     DATE,
    language_code VARCHAR(12),
    note          VARCHAR(1000),
    PRIMARY KEY (chapter_id, page_slug, position)
);
