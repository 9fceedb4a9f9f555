#!/usr/bin/env bash
# Codes one article of 100 KB, 1 MB and 10 MB (made by repeating the given stories), each in a fresh process so that
# each peak memory figure is its own, and prints the times and memory of each and the 10 MB / 1 MB time ratio.
# Target (issue 13): 10 MB within 12x the 1 MB time; peak memory under 2x the loaded models plus 50 bytes a character.
# Usage: bench/article-size.sh [STORIES...]   (default: ../shared/data/news/voa.jsonl ../shared/data/news/wikinews-43.jsonl)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
. "$repo/bench/lib/parley.sh"
stories=("$@")
if [ ${#stories[@]} -eq 0 ]; then
  stories=("$repo/../shared/data/news/voa.jsonl" "$repo/../shared/data/news/wikinews-43.jsonl")
fi
work="$(mktemp -d /tmp/parley-article-size-XXXXXX)"
trap 'rm -rf "$work"' EXIT
parley_build "$work/parley"
declare -A total cpu
for size in 100KB 1MB 10MB; do
  echo "== $size"
  out="$(parley bench --article-size "$size" "${stories[@]}")"
  echo "$out"
  total[$size]="$(echo "$out" | awk '$1 == "total" { print $2 }')"
  cpu[$size]="$(echo "$out" | awk '$1 == "total" { print $4 }')"
done
awk -v a="${total[1MB]}" -v b="${total[10MB]}" -v c="${cpu[1MB]}" -v d="${cpu[10MB]}" \
  'BEGIN { printf "10 MB took %.1fx the 1 MB time (target: at most 12x); %.1fx its processor time\n", b / a, d / c }'
