-- Parley event store, schema 1. Event columns are docs/OUTPUT.md flattened with '_'.

-- article_key is an explicit INTEGER PRIMARY KEY because the full-text index refers to rows by rowid,
-- and VACUUM may renumber an implicit rowid.
CREATE TABLE articles (
    article_key   INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    date          TEXT,              -- yyyy-MM-dd
    ref           TEXT,
    title         TEXT,
    body          TEXT NOT NULL,
    url           TEXT,
    source        TEXT,
    origin        TEXT NOT NULL,
    content_hash  TEXT NOT NULL,     -- SHA-256 (hex) of the analysed text (title, blank line, body)
    stored_at     TEXT NOT NULL      -- ISO 8601, UTC
);
CREATE INDEX articles_date ON articles (date);
CREATE INDEX articles_content_hash ON articles (content_hash);

CREATE TABLE events (
    event_id              TEXT PRIMARY KEY,
    article_id            TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    article_date          TEXT,
    sentence_index        INTEGER NOT NULL,
    sentence              TEXT NOT NULL,
    source_text           TEXT,      -- NULL when the event has no source actor
    source_start          INTEGER,
    source_end            INTEGER,
    source_code           TEXT,
    source_country        TEXT,
    source_sectors        TEXT,      -- JSON array of sector codes
    source_name           TEXT,
    target_text           TEXT,      -- NULL when the event has no target actor
    target_start          INTEGER,
    target_end            INTEGER,
    target_code           TEXT,
    target_country        TEXT,
    target_sectors        TEXT,
    target_name           TEXT,
    cameo                 TEXT NOT NULL,
    cameo_root            TEXT NOT NULL,
    cameo_name            TEXT NOT NULL,
    quad_class            INTEGER NOT NULL,
    goldstein             REAL NOT NULL,
    plover_event          TEXT,      -- NULL when there is no PLOVER reading
    plover_mode           TEXT,
    plover_context        TEXT,      -- JSON array
    trigger_text          TEXT NOT NULL,
    trigger_start         INTEGER NOT NULL,
    trigger_end           INTEGER NOT NULL,
    modality              TEXT NOT NULL,   -- asserted | future | hypothetical | negated
    attribution_text      TEXT,      -- NULL when the story speaks in its own voice
    attribution_code      TEXT,
    attribution_start     INTEGER,
    attribution_end       INTEGER,
    event_date_value      TEXT,      -- NULL when the event has no date
    event_date_precision  TEXT,
    event_date_basis      TEXT,
    event_date_text       TEXT,
    -- Not part of the record: the first and last day event_date_value covers, so that date ranges
    -- can be answered from an index whatever the precision.
    event_date_first      TEXT,
    event_date_last       TEXT,
    location_text         TEXT,      -- NULL when the event has no location
    location_name         TEXT,
    location_country      TEXT,
    location_lat          REAL,
    location_lon          REAL,
    confidence            REAL NOT NULL,
    rule                  TEXT NOT NULL,
    schema                TEXT NOT NULL
);
CREATE INDEX events_article_id ON events (article_id);
CREATE INDEX events_article_date ON events (article_date);
CREATE INDEX events_event_date ON events (event_date_first, event_date_last);
CREATE INDEX events_source_code ON events (source_code);
CREATE INDEX events_target_code ON events (target_code);
CREATE INDEX events_target_country ON events (target_country);
CREATE INDEX events_dyad ON events (source_country, target_country, quad_class);
CREATE INDEX events_cameo_root ON events (cameo_root);

CREATE TABLE failures (
    failure_key  INTEGER PRIMARY KEY,
    article_id   TEXT REFERENCES articles (id) ON DELETE CASCADE,   -- NULL when no article could be read
    origin       TEXT NOT NULL,
    stage        TEXT NOT NULL,
    message      TEXT NOT NULL,
    failed_at    TEXT NOT NULL       -- ISO 8601, UTC
);
CREATE INDEX failures_article_id ON failures (article_id);

-- Full-text index over title and body, stored once (external content) and kept in sync by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = 'articles', content_rowid = 'article_key',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.article_key, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.article_key, old.title, old.body);
END;
-- Re-storing an unchanged article leaves the index alone.
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles
WHEN old.title IS NOT new.title OR old.body IS NOT new.body BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.article_key, old.title, old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.article_key, new.title, new.body);
END;
