-- Parley event store on PostgreSQL, schema 1: the tables and columns of the SQLite store (event columns are
-- docs/OUTPUT.md flattened with '_'), in PostgreSQL's types. Keys and codes use the "C" collation so that
-- they sort as the SQLite store sorts them (by code point) whatever the database's locale, and compare fast.

-- Full-text search: words as they are (no stemming, no stop words, like SQLite's unicode61), with diacritics
-- folded by the unaccent dictionary (PostgreSQL's contrib, a trusted extension a database owner may create).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION parley_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION parley_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
    WITH unaccent, simple;

CREATE TABLE articles (
    id            text COLLATE "C" PRIMARY KEY,
    date          date,
    ref           text,
    title         text,
    body          text NOT NULL,
    url           text,
    source        text,
    origin        text NOT NULL,
    content_hash  text COLLATE "C" NOT NULL,   -- SHA-256 (hex) of the analysed text (title, blank line, body)
    stored_at     timestamptz NOT NULL,
    -- A tsvector holds at most 1 MB of lexemes; the first 400,000 characters of the body stay well inside it
    -- (news stories are far shorter), so an oversize article is still stored and found by its opening.
    search        tsvector GENERATED ALWAYS AS (
                      to_tsvector('parley_search', coalesce(title, '') || ' ' || left(body, 400000))) STORED
);
CREATE INDEX articles_date ON articles (date);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE events (
    event_id              text COLLATE "C" PRIMARY KEY,
    article_id            text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    article_date          text COLLATE "C",     -- yyyy-MM-dd, as in the record
    sentence_index        integer NOT NULL,
    sentence              text NOT NULL,
    source_text           text,                 -- NULL when the event has no source actor
    source_start          integer,
    source_end            integer,
    source_code           text COLLATE "C",
    source_country        text COLLATE "C",
    source_sectors        text,                 -- JSON array of sector codes
    source_name           text,
    target_text           text,                 -- NULL when the event has no target actor
    target_start          integer,
    target_end            integer,
    target_code           text COLLATE "C",
    target_country        text COLLATE "C",
    target_sectors        text,
    target_name           text,
    cameo                 text COLLATE "C" NOT NULL,
    cameo_root            text COLLATE "C" NOT NULL,
    cameo_name            text NOT NULL,
    quad_class            integer NOT NULL,
    goldstein             double precision NOT NULL,
    plover_event          text,                 -- NULL when there is no PLOVER reading
    plover_mode           text,
    plover_context        text,                 -- JSON array
    trigger_text          text NOT NULL,
    trigger_start         integer NOT NULL,
    trigger_end           integer NOT NULL,
    modality              text COLLATE "C" NOT NULL,   -- asserted | future | hypothetical | negated
    attribution_text      text,                 -- NULL when the story speaks in its own voice
    attribution_code      text,
    attribution_start     integer,
    attribution_end       integer,
    event_date_value      text,                 -- NULL when the event has no date
    event_date_precision  text,
    event_date_basis      text,
    event_date_text       text,
    -- Not part of the record: the first and last day (yyyy-MM-dd) event_date_value covers, so that date
    -- ranges are answered from an index whatever the precision.
    event_date_first      text COLLATE "C",
    event_date_last       text COLLATE "C",
    location_text         text,                 -- NULL when the event has no location
    location_name         text,
    location_country      text,
    location_lat          double precision,
    location_lon          double precision,
    confidence            double precision NOT NULL,
    rule                  text NOT NULL,
    schema                text NOT NULL
);
CREATE INDEX events_article_id ON events (article_id);
-- The dashboard's questions: a dyad over time, a CAMEO root over time, and dates alone.
CREATE INDEX events_dyad_date ON events (source_country, target_country, event_date_first);
CREATE INDEX events_root_date ON events (cameo_root, event_date_first);
CREATE INDEX events_event_date ON events (event_date_first, event_date_last);
CREATE INDEX events_article_date ON events (article_date);
CREATE INDEX events_source_code ON events (source_code);
CREATE INDEX events_target_code ON events (target_code);
CREATE INDEX events_target_country ON events (target_country);

CREATE TABLE failures (
    failure_key  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id   text COLLATE "C" REFERENCES articles (id) ON DELETE CASCADE,   -- NULL when no article could be read
    origin       text NOT NULL,
    stage        text NOT NULL,
    message      text NOT NULL,
    failed_at    timestamptz NOT NULL
);
CREATE INDEX failures_article_id ON failures (article_id);
