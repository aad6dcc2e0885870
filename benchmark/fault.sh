#!/usr/bin/env bash
# The fault suite: the petition intake (POST /api/pakn) under a bounded load while things break:
# the same petition twice, the application killed (kill -9) and restarted, PostgreSQL restarted
# (fast and immediate), the mail server down for minutes, two nodes on one database (one killed).
# Counts in SQL afterwards.
#   benchmark/fault.sh                                 # every scenario (about 25 minutes)
#   FAULT_SCENARIOS=duplicates,kill9 benchmark/fault.sh
#   FAULT_PETITIONS=600 FAULT_RATE=10 FAULT_LOCK_MS=60000 benchmark/fault.sh
# Results: benchmark/results/fault-<date>.json and .md. Not part of ./mvnw verify.
# Everything runs on this machine and talks to 127.0.0.1 only (PostgreSQL 55437, application
# 18300/18301 and, for two-nodes, a second node on 18302/18303, SMTP 13025 by default).
set -euo pipefail
cd "$(dirname "$0")/.."

PG_VERSION=${PG_VERSION:-15}
PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin
PG_PORT=${FAULT_PG_PORT:-55437}
WORK=${FAULT_WORK:-/tmp/kstthc-fault}

if [ ! -x "$PG_BIN/postgres" ]; then
  echo "Installing PostgreSQL $PG_VERSION from Debian..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$PG_VERSION"
fi

# A fresh cluster with PostgreSQL's default settings, owned by the postgres system user.
rm -rf "$WORK" && mkdir -p "$WORK" && chown postgres "$WORK"
AS_POSTGRES=""
if [ "$(id -u)" = 0 ]; then AS_POSTGRES="runuser -u postgres --"; fi
$AS_POSTGRES "$PG_BIN/initdb" -D "$WORK/pgdata" --auth=trust --encoding=UTF8 --locale=C.UTF-8 -U postgres > "$WORK/initdb.log"
PG_CTL="$AS_POSTGRES $PG_BIN/pg_ctl -D $WORK/pgdata -l $WORK/postgres.log"
$PG_CTL -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1" -w start
trap '$PG_CTL -m fast stop >/dev/null 2>&1 || true' EXIT

if [ "${FAULT_SKIP_BUILD:-false}" != true ]; then
  ./mvnw -B -q -DskipTests package
fi
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null
JAR=$(ls target/kstthc-workflow-*.jar | grep -v original | head -1)

java -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" \
  -Dfault.pg.port="$PG_PORT" -Dfault.pgctl="$PG_CTL" -Dfault.jar="$JAR" -Dfault.work="$WORK" \
  -Dfault.scenarios="${FAULT_SCENARIOS:-duplicates,kill9,pg-fast,pg-immediate,smtp-down,two-nodes}" \
  -Dfault.petitions="${FAULT_PETITIONS:-1200}" -Dfault.rate="${FAULT_RATE:-15}" -Dfault.clients="${FAULT_CLIENTS:-10}" \
  -Dfault.lock.ms="${FAULT_LOCK_MS:-}" -Dfault.smtp.down.seconds="${FAULT_SMTP_DOWN_SECONDS:-120}" \
  -Dfault.smtp.port="${FAULT_SMTP_PORT:-13025}" -Dfault.app.port="${FAULT_APP_PORT:-18300}" \
  -Dfault.out="${FAULT_OUT:-benchmark/results}" \
  vn.kstthc.benchmark.fault.FaultRunner
