#!/usr/bin/env bash
# Write throughput of the event stores alone: `parley bench store` into a throwaway PostgreSQL server on loopback
# (Debian's postgresql package with its default settings: fsync and synchronous commit on) and into a new SQLite file,
# alternately, ROUNDS times each, every figure with the load average beside it. Each run writes into a new database.
# For PostgreSQL it also gives the server's processor time per event written (both passes), read from /proc: with the
# client's own figure, what the write costs whatever else the machine is doing.
# Usage: bench/store/run.sh [EVENTS] [BATCH] [ROUNDS] [WRITERS]   (defaults 1,000,000 events, batches of 1,000
# articles = 10,000 events, 3 rounds, 1 writer). PG_SETTINGS adds server settings, e.g.
# PG_SETTINGS="-c shared_buffers=2GB -c wal_compression=on -c max_wal_size=8GB" (durability settings are left as they are).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
events="${1:-1000000}"
batch="${2:-1000}"
rounds="${3:-3}"
writers="${4:-1}"
. "$repo/bench/lib/pg.sh"
. "$repo/bench/lib/parley.sh"
pg_work_folder parley-store-bench
trap pg_cleanup EXIT
parley_build "$work/parley"
pg_start 55441

# Processor seconds the server has used: the postmaster's own and its ended children's, plus its running children's.
pg_cpu() {
  local postmaster; postmaster=$(head -1 "$work/pg/postmaster.pid")
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat"
    for child in $(ps -o pid= --ppid "$postmaster"); do awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || true; done
  } | awk -v hz="$(getconf CLK_TCK)" '{t += $1} END {printf "%.2f", t / hz}'
}

echo "$(pg_describe); $events events a run, batches of $batch articles, $writers writer(s)"
for round in $(seq "$rounds"); do
  for store in postgres sqlite; do
    if [ "$store" = postgres ]; then db="$(pg_uri "bench_$round")"; else db="$work/bench-$round.db"; fi
    echo "== round $round, $store; load before: $(load)"
    before=$(pg_cpu)
    rm -f "$work/between"
    # The server's processor time is read again when the benchmark marks the end of its first pass (on standard error).
    { parley bench store --db "$db" --events "$events" --batch "$batch" --writers "$writers" 2>&1 >&3 |
        while read -r line; do
          case "$line" in *"new articles: done"*) if [ "$store" = postgres ]; then pg_cpu > "$work/between"; fi ;; esac
        done
    } 3>&1 | grep -E 'store |Pass|new articles|same articles|resident'
    if [ "$store" = postgres ]; then
      # The store's connections close as the process ends; give the server a moment to count their time.
      sleep 1
      awk -v a="$before" -v m="$(cat "$work/between")" -v b="$(pg_cpu)" -v n="$events" \
        'BEGIN { printf "   PostgreSQL server processor time %.1f s: %.1f µs per event written new, %.1f again, %.1f over both passes\n", b - a, (m - a) * 1e6 / n, (b - m) * 1e6 / n, (b - a) * 1e6 / (2 * n) }'
    else
      rm -f "$db" "$db-wal" "$db-shm"
    fi
    echo "   load after: $(load)"
  done
done
