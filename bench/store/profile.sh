#!/usr/bin/env bash
# Where the PostgreSQL server's time per stored event goes. Fills a throwaway store on a throwaway loopback server
# with `parley bench store` (EVENTS synthetic events, both passes), exports its articles and events, and then, for each
# variant of the schema (all of it; the article search vector or one events index or the foreign key taken away;
# every events index taken away; the events in random order instead of the client's order, article by article, loaded
# directly or through a staging table and one INSERT…SELECT in the order index's order), loads them again into a fresh
# copy of the empty schema with server-side COPY: one transaction for the articles, one for the events, then the
# second pass's work (delete the events by article, load them again). Each figure is the processor time of the server
# process that ran the statement (from /proc, so the client and the rest of the machine do not count), per event;
# ROUNDS rounds, alternating the variants, with the load.
# Usage: bench/store/profile.sh [EVENTS] [ROUNDS]   (defaults 100,000 events, 2 rounds; PG_SETTINGS as in run.sh)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
events="${1:-100000}"
rounds="${2:-2}"
. "$repo/bench/lib/pg.sh"
. "$repo/bench/lib/parley.sh"
pg_work_folder parley-store-profile
trap pg_cleanup EXIT
parley_build "$work/parley"
pg_start 55442

parley bench store --db "$(pg_uri filled)" --events "$events" >/dev/null 2>&1
# The server writes and reads these files itself (the user is the server's superuser).
sql -d filled -c "COPY articles (id, date, ref, title, body, url, source, origin, content_hash, stored_at) TO '$work/articles.bin' (FORMAT binary)" \
  -c "COPY events TO '$work/events.bin' (FORMAT binary)" \
  -c "COPY (SELECT * FROM events ORDER BY random()) TO '$work/events-shuffled.bin' (FORMAT binary)"
sql -d postgres -c "CREATE DATABASE empty"
pg_dump -h 127.0.0.1 -p "$pg_port" -U parley --schema-only filled | sql -d empty >/dev/null

indexes=$(sql -d empty -At -c "SELECT string_agg(indexrelname, ' ' ORDER BY indexrelname) FROM pg_stat_user_indexes WHERE relname = 'events' AND indexrelname NOT IN ('events_pkey', 'events_article_id')")
no_indexes="ALTER TABLE events DROP CONSTRAINT events_article_id_fkey, DROP CONSTRAINT events_pkey; DROP INDEX $(echo "$indexes" | tr ' ' ',');"

# One variant: a fresh copy of the empty schema, the change, then the timed statements; LOAD_EVENTS, when given, loads
# the events instead of a COPY of the client's rows in the client's order.
run() {
  local name="$1" change="$2" load_events="${3:-COPY events FROM '$work/events.bin' (FORMAT binary);}"
  sql -d postgres -c "DROP DATABASE IF EXISTS variant" -c "CREATE DATABASE variant TEMPLATE empty" 2>/dev/null
  sql -d variant <<SQL | awk -v name="$name" -v n="$events" '{ t[$1] = $2 } END {
      printf "  %-32s %8.1f %8.1f %8.1f %8.1f %8.1f\n", name, (t["t1"] - t["t0"]) * 1e4 / n, (t["t2"] - t["t1"]) * 1e4 / n,
        (t["t3"] - t["t2"]) * 1e4 / n, (t["t4"] - t["t3"]) * 1e4 / n, (t["t4"] - t["t0"]) * 1e4 / n }'
$change
CHECKPOINT;
SELECT pg_backend_pid() AS pid \gset
\setenv PID :pid
\! awk '{ print "t0", \$14 + \$15 }' /proc/\$PID/stat
COPY articles (id, date, ref, title, body, url, source, origin, content_hash, stored_at) FROM '$work/articles.bin' (FORMAT binary);
\! awk '{ print "t1", \$14 + \$15 }' /proc/\$PID/stat
$load_events
\! awk '{ print "t2", \$14 + \$15 }' /proc/\$PID/stat
DELETE FROM events WHERE article_id = ANY (ARRAY(SELECT id FROM articles));
\! awk '{ print "t3", \$14 + \$15 }' /proc/\$PID/stat
$load_events
\! awk '{ print "t4", \$14 + \$15 }' /proc/\$PID/stat
SQL
}

echo "$(pg_describe); $events events, $((events / 10)) articles"
echo "server processor µs per event (clock ticks of the statement's server process):"
printf "  %-32s %8s %8s %8s %8s %8s\n" variant articles events delete again total
for round in $(seq "$rounds"); do
  echo "round $round; load $(load)"
  run "everything" ""
  run "no search vector" "ALTER TABLE articles DROP COLUMN search;"
  run "no articles_search (GIN)" "DROP INDEX articles_search;"
  run "no articles_content_hash" "DROP INDEX articles_content_hash;"
  run "no foreign key" "ALTER TABLE events DROP CONSTRAINT events_article_id_fkey;"
  run "no events_pkey" "ALTER TABLE events DROP CONSTRAINT events_pkey;"
  for index in $indexes; do
    run "no $index" "DROP INDEX $index;"
  done
  run "no events index but article_id" "$no_indexes"
  run "events in random order" "" "COPY events FROM '$work/events-shuffled.bin' (FORMAT binary);"
  run "random order, staged, sorted" "" "BEGIN; CREATE TEMP TABLE staged (LIKE events) ON COMMIT DROP;
COPY staged FROM '$work/events-shuffled.bin' (FORMAT binary);
INSERT INTO events SELECT * FROM staged ORDER BY coalesce(article_date, ''), article_id, sentence_index, trigger_start, event_id; COMMIT;"
  echo "  load after: $(load)"
done
