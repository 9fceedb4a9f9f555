#!/usr/bin/env bash
# Where the PostgreSQL server's time goes statement by statement while `parley bench store` writes: a throwaway
# server on loopback with pg_stat_statements loaded (Debian's postgresql package ships it), one bench run (new
# articles, then the same again), and each of the store's statements' total time per event for each pass (the
# statistics are copied aside when the benchmark marks the end of its first pass). Statement times are wall times of
# the server process (a COPY's includes waiting for the client's rows); the foreign-key checks show as their own
# statement, nested inside the COPY's time.
# Usage: bench/store/statements.sh [EVENTS] [BATCH]   (defaults 100,000 events, batches of 1,000 articles; PG_SETTINGS as in run.sh)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
events="${1:-100000}"
batch="${2:-1000}"
. "$repo/bench/lib/pg.sh"
. "$repo/bench/lib/parley.sh"
pg_work_folder parley-store-statements
trap pg_cleanup EXIT
parley_build "$work/parley"
PG_SETTINGS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all ${PG_SETTINGS:-}" pg_start 55443
sql -d postgres -c "CREATE DATABASE bench" -c "CREATE EXTENSION pg_stat_statements"

echo "$(pg_describe); $events events, batches of $batch articles; load before: $(load)"
parley bench store --db "$(pg_uri bench)" --events "$events" --batch "$batch" 2>&1 |
  while read -r line; do
    case "$line" in
      *"new articles: done"*) sql -d postgres -c "CREATE TABLE first_pass AS SELECT queryid, total_exec_time FROM pg_stat_statements" ;;
      *"Pass "*|*"new articles  "*|*"same articles again  "*) echo "$line" ;;
    esac
  done
echo "load after: $(load)"
sql -d postgres -c "SELECT p.calls, round(coalesce(f.total_exec_time, 0)::numeric * 1000 / $events, 1) AS \"µs/event new\",
    round((p.total_exec_time - coalesce(f.total_exec_time, 0))::numeric * 1000 / $events, 1) AS \"µs/event again\",
    left(regexp_replace(p.query, '\s+', ' ', 'g'), 100) AS statement
  FROM pg_stat_statements p LEFT JOIN first_pass f USING (queryid)
  WHERE p.dbid = (SELECT oid FROM pg_database WHERE datname = 'bench') ORDER BY p.total_exec_time DESC LIMIT 8"
