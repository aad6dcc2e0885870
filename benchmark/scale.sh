#!/usr/bin/env bash
# The product at a province's scale: a PostgreSQL 15 cluster of this machine filled by the
# generator (benchmark/scale/*.sql: 1,000,000 finished dossiers with their history and on-time
# records, then 1,000 and 100,000 open tasks over 50 units), the jar as `java -jar`, and at each
# size the Tasklist filters, the quarter's report figures and indicators, starting and completing a
# task, measured through REST as an officer of one unit, an officer of ten and a supervisor.
#   benchmark/scale.sh                                  # about 40 minutes on 2 shared cores
#   SCALE_FINISHED=100000 SCALE_OPEN=1000,10000 benchmark/scale.sh   # smaller
#   SCALE_REUSE=true SCALE_OPEN=100000,1000 SCALE_LABEL=after benchmark/scale.sh
#       # the database of the last run again (no generation: the application's new migrations run
#       # on it), measured at 100,000 open tasks, then at 1,000 (the others removed)
# Results: benchmark/results/scale-<date>[-label].json and .md. Not part of ./mvnw verify.
# Everything runs on this machine and talks to 127.0.0.1 only (PostgreSQL 55441, application
# 18440 and management 18441 by default).
set -euo pipefail
cd "$(dirname "$0")/.."

PG_VERSION=${PG_VERSION:-15}
PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin
PG_PORT=${SCALE_PG_PORT:-55441}
WORK=${SCALE_WORK:-/tmp/kstthc-scale}

if [ ! -x "$PG_BIN/postgres" ]; then
  echo "Installing PostgreSQL $PG_VERSION from Debian..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$PG_VERSION"
fi

AS_POSTGRES=""
if [ "$(id -u)" = 0 ]; then AS_POSTGRES="runuser -u postgres --"; fi
PG_CTL="$AS_POSTGRES $PG_BIN/pg_ctl -D $WORK/pgdata -l $WORK/postgres.log"
if [ "${SCALE_REUSE:-false}" != true ]; then
  # A fresh cluster with PostgreSQL's default settings, owned by the postgres system user; kept
  # after the run (SCALE_REUSE=true measures it again).
  $PG_CTL -m fast stop >/dev/null 2>&1 || true
  rm -rf "$WORK" && mkdir -p "$WORK" && chown postgres "$WORK"
  $AS_POSTGRES "$PG_BIN/initdb" -D "$WORK/pgdata" --auth=trust --encoding=UTF8 --locale=C.UTF-8 -U postgres > "$WORK/initdb.log"
fi
$PG_CTL status >/dev/null 2>&1 || $PG_CTL -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1" -w start
trap '$PG_CTL -m fast stop >/dev/null 2>&1 || true' EXIT

if [ "${SCALE_SKIP_BUILD:-false}" != true ]; then
  ./mvnw -B -q -DskipTests package
fi
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null
JAR=$(ls target/kstthc-workflow-*.jar | grep -v original | head -1)

java -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" \
  -Dscale.pg.port="$PG_PORT" -Dscale.psql="$PG_BIN/psql" -Dscale.jar="$JAR" -Dscale.work="$WORK" \
  -Dscale.reuse="${SCALE_REUSE:-false}" -Dscale.finished="${SCALE_FINISHED:-1000000}" \
  -Dscale.open="${SCALE_OPEN:-1000,100000}" -Dscale.reps="${SCALE_REPS:-40}" -Dscale.warmup="${SCALE_WARMUP:-10}" \
  -Dscale.report.reps="${SCALE_REPORT_REPS:-10}" -Dscale.budget.seconds="${SCALE_BUDGET_SECONDS:-60}" \
  -Dscale.app.port="${SCALE_APP_PORT:-18440}" \
  -Dscale.label="${SCALE_LABEL:-}" -Dscale.out="${SCALE_OUT:-benchmark/results}" \
  vn.kstthc.benchmark.scale.ScaleRunner
