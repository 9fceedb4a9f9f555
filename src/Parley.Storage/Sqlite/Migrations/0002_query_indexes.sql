-- Parley event store, schema 2: indexes for the queries of the HTTP API and the dashboard, so that they stay fast
-- with a million events (measured by 'parley bench api').

-- Pages of events in the stable order of QueryEventsAsync (and its cursor), oldest or newest first, read in index
-- order instead of sorting the table. Undated articles sort as '' (first), as the queries say.
CREATE INDEX events_order ON events (coalesce(article_date, ''), article_id, sentence_index, trigger_start, event_id);

-- A dyad or a source country over a date range: its events, and its counts by period and quad class with their
-- Goldstein sums from the index alone. The target country alone (and "either country") has its own.
DROP INDEX events_dyad;
CREATE INDEX events_dyad ON events (source_country, target_country, event_date_first, event_date_last, quad_class, goldstein);
DROP INDEX events_target_country;
CREATE INDEX events_target_country ON events (target_country, event_date_first, event_date_last, quad_class, goldstein);

-- The time series of all events, by event date or by article date, from the index alone.
DROP INDEX events_event_date;
CREATE INDEX events_event_date ON events (event_date_first, event_date_last, quad_class, goldstein);
DROP INDEX events_article_date;
CREATE INDEX events_article_date ON events (article_date, quad_class, goldstein);

-- The places of events, grouped from the index alone.
CREATE INDEX events_place ON events (location_lat, location_lon, location_name, location_country)
WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL;
