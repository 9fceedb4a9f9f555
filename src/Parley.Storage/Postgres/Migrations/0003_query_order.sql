-- Parley event store on PostgreSQL, schema 3: pages of events in the stable order of QueryEventsAsync (and its cursor),
-- oldest or newest first, read in the order of this index instead of sorting every match: the dashboard's newest
-- events, and a word search (q) that stops as soon as its page is full. The SQLite store has had it since its schema 2.
CREATE INDEX events_order ON events ((coalesce(article_date, '')), article_id, sentence_index, trigger_start, event_id);
