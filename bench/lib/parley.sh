# Sourced by the bench scripts (bash, set -euo pipefail) after they set $repo to the repository's root:
#   parley_build DIR   builds the parley CLI in Release into DIR; `parley ARGS…` then runs that build
#   load               the load averages over 1, 5 and 15 minutes and the time (UTC): the context of every figure

parley_build() {
  parley_dir="$1"
  dotnet build -c Release "$repo/src/Parley.Cli" -o "$parley_dir" -v quiet -nologo >/dev/null
}

parley() { dotnet "$parley_dir/parley.dll" "$@"; }

load() { echo "$(uptime | sed 's/.*load average: //') at $(date -u +%H:%M:%S) UTC"; }
