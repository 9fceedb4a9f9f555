-- Parley event store on PostgreSQL, schema 4: the dashboard's counts over many events (the time series, the top dyads,
-- the places) read from an index alone instead of the whole table (over a million events a parallel scan of the table
-- took 1.5-2.7 s per count). The date and dyad indexes carry the columns those counts add up, as the SQLite store's do
-- since its schema 2 (a date range's end is a key column, so that an index scan checks it before reading the table);
-- an index-only scan needs the table's visibility map, which (auto)vacuum keeps.
DROP INDEX events_event_date;
CREATE INDEX events_event_date ON events (event_date_first, event_date_last) INCLUDE (quad_class, goldstein);
DROP INDEX events_article_date;
CREATE INDEX events_article_date ON events (article_date) INCLUDE (quad_class, goldstein);
DROP INDEX events_dyad_date;
CREATE INDEX events_dyad_date ON events (source_country, target_country, event_date_first, event_date_last) INCLUDE (quad_class, goldstein);
DROP INDEX events_target_country;
CREATE INDEX events_target_country ON events (target_country, event_date_first, event_date_last) INCLUDE (quad_class, goldstein);
-- The places of events, grouped from the index alone.
CREATE INDEX events_place ON events (location_lat, location_lon, location_name, location_country)
    WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL;
