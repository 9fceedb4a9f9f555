#!/usr/bin/env bash
# Articles/s of the single-process CLI and of 1 and 2 queue workers on the same 10,000 stories, all storing into
# PostgreSQL, against throwaway servers on loopback (Debian's postgresql and nats-server packages).
# The stories are the 3,000 synthetic ones of the shared data, repeated under new ids to 10,000; they are made in a
# temporary folder and never committed. Run it on a quiet machine, twice, and compare the runs.
# Usage: bench/queue/run.sh [SHARED_DATA_DIR] [COUNT]   (default ../shared/data beside the repository, 10,000 stories;
# a smaller COUNT for a busy machine; PG_SETTINGS as in bench/store/run.sh)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
data="${1:-$repo/../shared/data}"
count="${2:-10000}"
. "$repo/bench/lib/pg.sh"
. "$repo/bench/lib/parley.sh"
pg_work_folder parley-queue-bench
cleanup() {
  [ -n "${nats_pid:-}" ] && kill "$nats_pid" 2>/dev/null || true
  pg_cleanup
}
trap cleanup EXIT

python3 - "$data/events/synthetic-stories.csv" "$work/stories.jsonl" "$count" <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(int(sys.argv[3])):
        row = rows[i % len(rows)]
        out.write(json.dumps({"id": f"bench-{i:05d}", "date": "2025-07-22", "title": row["title"], "text": row["text"]}) + "\n")
PY

parley_build "$work/parley"
pg_start 55439
nats_port=54229

start_nats() {
  rm -rf "$work/nats"
  nats-server -js -a 127.0.0.1 -p "$nats_port" -sd "$work/nats" >"$work/nats.log" 2>&1 &
  nats_pid=$!
  until grep -qs "Server is ready" "$work/nats.log"; do sleep 0.1; done
}
stop_nats() { kill "$nats_pid"; wait "$nats_pid" 2>/dev/null || true; nats_pid=; }
seconds() { date +%s.%N; }
rate() { awk -v n="$count" -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", n / (b - a) }'; }

echo "load before: $(load)"
t0=$(seconds); parley code "$work/stories.jsonl" --db "$(pg_uri bench_cli)" --format jsonl >/dev/null; t1=$(seconds)
cli=$(rate "$t0" "$t1")
echo "single-process parley code:  $cli articles/s"

for workers in 1 2; do
  start_nats
  parley submit "$work/stories.jsonl" --nats "nats://127.0.0.1:$nats_port" >/dev/null
  t0=$(seconds)
  pids=()
  for _ in $(seq "$workers"); do
    parley worker --nats "nats://127.0.0.1:$nats_port" --db "$(pg_uri "bench_workers_$workers")" --drain 2>>"$work/workers.log" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do
    wait "$pid" || { echo "a worker exited with $?; its log:" >&2; tail -n 40 "$work/workers.log" >&2; exit 1; }
  done
  t1=$(seconds)
  stop_nats
  eval "w$workers=$(rate "$t0" "$t1")"
  echo "$workers worker(s), drain:          $(eval echo \$w$workers) articles/s"
  # Each worker's own account (its last line): where its wall time went and its processor time. The processor time
  # per article is much less sensitive to the machine's load than articles/s: on idle cores, N workers that each
  # take the same processor time per article as one worker code N times as fast.
  grep "parley worker: time:" "$work/workers.log" | sed 's/^parley worker: time: /  /'
  grep "parley worker: time:" "$work/workers.log" | awk -v n="$count" -v w="$workers" '
    { sub(/.*processor time /, ""); cpu += $1; loading += $3 }
    END { printf "  processor time of the workers: %.1f s, of it loading %.1f s; %.2f ms per article after loading\n", cpu, loading, 1000 * (cpu - loading) / n }'
  : >"$work/workers.log"
done
awk -v a="$w1" -v b="$w2" 'BEGIN { printf "speed-up of 2 workers over 1: %.2f (target 1.7)\n", b / a }'
events=$(sql -d bench_workers_2 -tAc "SELECT count(*) FROM events")
echo "events stored by the workers: $events"
echo "load after: $(load)"
