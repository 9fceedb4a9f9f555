#!/usr/bin/env bash
# Parley and wink-nlp on the same stories, one after the other, and the ratio of their speeds.
# Usage: bench/peers/run.sh [SHARED_DATA_DIR]   (default ../shared/data beside the repository)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
. "$repo/bench/lib/parley.sh"
data="${1:-$repo/../shared/data}"
news="$data/news/wikinews-43.jsonl"
gold="$data/ud/en_ewt-ud-test.conllu"
pud="$data/ud/en_pud-ud-test.conllu"

(cd "$repo/bench/peers/wink" && npm ci --silent --no-audit --no-fund >/dev/null)
parley_build "$repo/bench/peers/.parley"

parley_out=$(parley bench "$news")
wink_out=$(node "$repo/bench/peers/wink/wink-bench.mjs" --news "$news" --gold "$gold" --gold "$pud")
echo "$parley_out"
echo
echo "$wink_out"
echo
parley_tps=$(echo "$parley_out" | awk '/whole pipeline/ {gsub(",", "", $4); print $4}')
wink_tps=$(echo "$wink_out" | awk '/tokens\/s/ {for (i = 1; i <= NF; i++) if ($(i+1) == "tokens/s") {print $i; exit}}')
awk -v p="$parley_tps" -v w="$wink_tps" 'BEGIN { printf "Parley whole pipeline / wink-nlp: %.2f (%d vs %d tokens/s)\n", p / w, p, w }'
echo "Parley's tagging accuracy: parley eval ud --gold $gold (UPOS)"
