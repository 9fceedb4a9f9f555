# Sourced by the bench scripts (bash, set -euo pipefail): a throwaway PostgreSQL server on loopback, from Debian's
# postgresql package with its default settings plus PG_SETTINGS (e.g. PG_SETTINGS="-c shared_buffers=2GB").
# As root, the server runs as the postgres user, which must be able to make its data folder in the work folder.
#   pg_work_folder NAME   makes the work folder /tmp/NAME-XXXXXX and sets $work to it
#   pg_start PORT         initdb in $work/pg (user parley, trust on loopback) and starts the server on 127.0.0.1:PORT
#   pg_uri NAME           the URI of database NAME on that server, as parley --db takes it
#   sql ARGS…             psql on that server as parley (-d NAME for the database), stopping at the first error
#   pg_describe           the server's version and the settings added to Debian's defaults, for the head of a report
#   pg_stop               stops it at once (nothing it holds is kept)
#   pg_cleanup            stops it and removes the work folder: for the script's EXIT trap
#   as_pg COMMAND…        runs a command as the server's user
# $pgbin is the newest installed server's bin folder.

pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_work_folder() {
  work="$(mktemp -d "/tmp/$1-XXXXXX")"
  chmod 755 "$work"
  if [ "$(id -u)" = 0 ]; then chown postgres "$work"; fi
}

pg_start() {
  pg_port="$1"
  as_pg mkdir -p "$work/pg"
  as_pg "$pgbin/initdb" -D "$work/pg" -U parley --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p $1 -k $work/pg -c listen_addresses=127.0.0.1 ${PG_SETTINGS:-}" start >/dev/null
}

pg_stop() { as_pg "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true; }

pg_cleanup() {
  pg_stop
  rm -rf "$work"
}

pg_uri() { echo "postgres://parley@127.0.0.1:$pg_port/$1"; }

sql() { psql -h 127.0.0.1 -p "$pg_port" -U parley -X -q -v ON_ERROR_STOP=1 "$@"; }

pg_describe() { echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') ${PG_SETTINGS:-(default settings)}"; }
