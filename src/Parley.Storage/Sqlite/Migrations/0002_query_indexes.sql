-- Parley event store, schema 2: indexes for the queries of the HTTP API and the dashboard, so that they stay fast
-- with a million events (measured by 'parley bench api').

-- Pages of events in the stable order of QueryEventsAsync (and its cursor), oldest or newest first, read in index
-- order instead of sorting the table. Undated articles sort as '' (first), as the queries say.
CREATE INDEX events_order ON events (coalesce(article_date, ''), article_id, sentence_index, trigger_start, event_id);

-- Counts by day and quad class with their Goldstein sums, for all events, a dyad, a source or a target country,
-- read from the index alone and in its order (no sort): the date, then quad class and score, then the range's end.
DROP INDEX events_event_date;
CREATE INDEX events_event_date ON events (event_date_first, quad_class, goldstein, event_date_last);
DROP INDEX events_article_date;
CREATE INDEX events_article_date ON events (article_date, quad_class, goldstein);
DROP INDEX events_dyad;
CREATE INDEX events_dyad ON events (source_country, target_country, event_date_first, quad_class, goldstein, event_date_last);
DROP INDEX events_target_country;
CREATE INDEX events_target_country ON events (target_country, event_date_first, quad_class, goldstein, event_date_last);

-- Counts by dyad and quad class, in index order.
CREATE INDEX events_dyad_class ON events (source_country, target_country, quad_class);

-- The places of events, grouped from the index alone.
CREATE INDEX events_place ON events (location_lat, location_lon, location_name, location_country)
WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL;
