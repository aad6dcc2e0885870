#!/usr/bin/env bash
# The benchmark: our platform against Camunda as shipped (a plain Camunda 7.24 starter application,
# benchmark/anchor) and against PostgreSQL's own limit (pgbench), in interleaved pairs, on fresh
# databases of one PostgreSQL server started here.
#   benchmark/run.sh                 # 1, 4 and 16 clients, 3 pairs, 20 s per run after 20 s of warm-up (about 30 minutes)
#   BENCH_SECONDS=60 BENCH_CLIENTS=4 BENCH_PAIRS=5 benchmark/run.sh
#   BENCH_WARMUP=60 ...              # longer warm-up before each measured run (default 20 s)
#   BENCH_CONFIGS=shipped,ours,stock ...  # also ours with the starter's settings (Spring profile stock)
#   BENCH_WORKLOAD=pakn ...          # the machine intake of petitions (POST /api/pakn), ours only
#   BENCH_WORKLOAD=pakn-walk ...     # petitions taken in, then walked to their end by the demo officers, ours only
#   BENCH_JVM="-Xss512k" ...         # extra JVM options for every application run (ours also gets jvm.options)
#   BENCH_JFR=true ...               # also a Java Flight Recorder profile per run in $BENCH_WORK
#   BENCH_SKIP_BUILD=true ...        # reuse target/'s jar and the anchor's
#   BENCH_STATEMENTS=true ...        # also the SQL per instance of each run (pg_stat_statements), in <results>/<date>-statements/
# Results: benchmark/results/<date>.json and .md, and benchmark/results/latest.md.
# Everything runs on this machine and talks to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_VERSION=${PG_VERSION:-15}
PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin
PG_PORT=${BENCH_PG_PORT:-55432}
WORK=${BENCH_WORK:-/tmp/kstthc-benchmark}

if [ ! -x "$PG_BIN/pgbench" ] || [ ! -x "$PG_BIN/postgres" ]; then
  echo "Installing PostgreSQL $PG_VERSION (server and pgbench) from Debian..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$PG_VERSION"
fi

# A fresh cluster with PostgreSQL's default settings, owned by the postgres system user.
rm -rf "$WORK" && mkdir -p "$WORK" && chown postgres "$WORK"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_postgres "$PG_BIN/initdb" -D "$WORK/pgdata" --auth=trust --encoding=UTF8 --locale=C.UTF-8 -U postgres > "$WORK/initdb.log"
PG_OPTIONS="-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1"
if [ "${BENCH_STATEMENTS:-false}" = true ]; then
  # the module only loads at server start; it counts every statement (a small cost on both configurations)
  PG_OPTIONS="$PG_OPTIONS -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.max=10000"
fi
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -l "$WORK/postgres.log" -o "$PG_OPTIONS" -w start
trap 'as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -m fast stop >/dev/null 2>&1 || true' EXIT

if [ "${BENCH_SKIP_BUILD:-false}" != true ]; then
  ./mvnw -B -q -DskipTests package
  # Camunda as shipped: every dependency is one the product uses too, so it builds offline
  ./mvnw -B -q -o -f benchmark/anchor/pom.xml package
fi
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null
# The run uses copies: a build in this working tree during the run (another terminal) cannot
# change the jars or the runner's classes under it.
mkdir -p "$WORK/run"
cp "$(ls target/kstthc-workflow-*.jar | grep -v original | head -1)" "$WORK/run/kstthc-workflow.jar"
cp benchmark/anchor/target/camunda-anchor-7.24.0.jar "$WORK/run/camunda-anchor.jar"
cp -r target/classes target/test-classes "$WORK/run/"
cp jvm.options "$WORK/run/jvm.options"
JAR=$WORK/run/kstthc-workflow.jar
ANCHOR_JAR=$WORK/run/camunda-anchor.jar

java -cp "$WORK/run/test-classes:$WORK/run/classes:$(cat "$WORK/classpath.txt")" \
  -Dbench.pg.port="$PG_PORT" -Dbench.pgbench="$PG_BIN/pgbench" -Dbench.jar="$JAR" -Dbench.anchor.jar="$ANCHOR_JAR" \
  -Dbench.port="${BENCH_PORT:-18080}" -Dbench.pairs="${BENCH_PAIRS:-3}" -Dbench.configs="${BENCH_CONFIGS:-shipped,ours}" \
  -Dbench.jvm="${BENCH_JVM:-}" -Dbench.jvm.options="$WORK/run/jvm.options" -Dbench.warmup="${BENCH_WARMUP:-20}" -Dbench.workload="${BENCH_WORKLOAD:-officer}" \
  -Dbench.seconds="${BENCH_SECONDS:-20}" -Dbench.clients="${BENCH_CLIENTS:-1,4,16}" \
  -Dbench.out="${BENCH_OUT:-benchmark/results}" -Dbench.work="$WORK" -Dbench.jfr="${BENCH_JFR:-false}" \
  -Dbench.statements="${BENCH_STATEMENTS:-false}" \
  vn.kstthc.benchmark.BenchmarkRunner
