#!/usr/bin/env bash
# How long form II.05a takes to fill at province scale (vn.kstthc.report.ReportFiguresBenchmark):
# a PostgreSQL server started here with its default settings, a fresh database per size.
#   benchmark/report-figures.sh                      # 200,000 and 1,000,000 dossiers
#   BENCH_DOSSIERS=50000 benchmark/report-figures.sh
# Prints the figures; benchmark/results/report-figures-<date>.md keeps those of a run.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=/usr/lib/postgresql/${PG_VERSION:-15}/bin
PG_PORT=${BENCH_PG_PORT:-55430}
WORK=${BENCH_WORK:-/tmp/kstthc-report-figures}

rm -rf "$WORK" && mkdir -p "$WORK" && chown postgres "$WORK"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_postgres "$PG_BIN/initdb" -D "$WORK/pgdata" --auth=trust --encoding=UTF8 --locale=C.UTF-8 -U postgres > "$WORK/initdb.log"
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -l "$WORK/postgres.log" \
  -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1" -w start > /dev/null
trap 'as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -m fast stop >/dev/null 2>&1 || true' EXIT

./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null
for n in ${BENCH_DOSSIERS:-200000 1000000}; do
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "drop database if exists figures" -c "create database figures"
  java -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" \
    -Dbench.url="jdbc:postgresql://127.0.0.1:$PG_PORT/figures" -Dbench.dossiers="$n" -Dbench.runs="${BENCH_RUNS:-10}" \
    vn.kstthc.report.ReportFiguresBenchmark
done
