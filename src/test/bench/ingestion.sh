#!/usr/bin/env bash
# Ingestion benchmark: work-order events over HTTP into PostgreSQL, one per request and in batches, against
# the no-op GET /api/ping on the same server in the same run. Needs wrk (Debian package) and PostgreSQL at
# 127.0.0.1:5432 (trust auth). Usage: bash src/test/bench/ingestion.sh   (SKIP_BUILD=1 to reuse target/;
# WARMUP_TURNS, ROUNDS, DURATION, CONNECTIONS, BATCH and JAVA_OPTS, e.g. JAVA_OPTS=-Dtcps.ingestion.committers=1,
# adjust the run)
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-18080}
DURATION=${DURATION:-15s}
# Five rounds: on these machines one row in three or four is disturbed (the no-op alone ranges over 7,000 to 12,000
# req/s), and the median of five rides over one such row
ROUNDS=${ROUNDS:-5}
CONNECTIONS=${CONNECTIONS:-50}
BATCH=${BATCH:-500}
DB=tcps_bench
BENCH=src/test/bench

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -n "${SKIP_BUILD:-}" ] || mvn -B -q package -DskipTests
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
sed "s/databaseName=test/databaseName=$DB/" server-config/payara-micro/postgresql.asadmin > target/bench-postgresql.asadmin

# Scheduled backups off: the first would dump the whole work_order table in the middle of a row
java ${JAVA_OPTS:-} -Dtcps.backup.enabled=false -jar target/payara-micro.jar --nocluster --contextroot / --port "$PORT" --maxhttpthreads 32 --addLibs target/postgresql.jar \
    --postbootcommandfile target/bench-postgresql.asadmin --deploy target/tcps-health.war > target/bench-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/ping" && break; sleep 1; done

URL="http://127.0.0.1:$PORT"
run() { # name, script, path, events per request
    local line
    line=$(BATCH=$BATCH wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 30s -s "$BENCH/$2" "$URL$3" | grep "^RESULT")
    read -r _ requests rate p50 p99 errors <<<"$line"
    printf '%s %s %s %s %s %s\n' "$1" "$rate" "$(awk -v r="$rate" -v n="$4" 'BEGIN{printf "%.0f", r*n}')" "$p50" "$p99" "$errors"
}

# The three rows: name, wrk script, path, events per request
ENDPOINTS=("GET /api/ping (no-op)|report.lua|/api/ping|1" "POST /api/events (1 event)|single-event.lua|/api/events|1"
    "POST /api/events/batch ($BATCH events)|batch.lua|/api/events/batch|$BATCH")

# Payara's JIT keeps compiling for ten minutes and more on 2 cores, and a sustained rate is a warm server's: the three
# rows are first run in turn, 20 s each, WARMUP_TURNS times (the rates printed show the plateau, or its absence). Then
# each row is measured in turn, ROUNDS times, so that each ratio compares rows of the same minute.
for turn in $(seq 1 "${WARMUP_TURNS:-12}"); do
    rates=()
    for row in "${ENDPOINTS[@]}"; do
        IFS='|' read -r _ script path events <<<"$row"
        rates+=("$(DURATION=20s run warmup "$script" "$path" "$events" | awk '{print $(NF-3)}')")
    done
    echo "warm-up turn $turn: no-op ${rates[0]} req/s, single ${rates[1]} events/s, batch ${rates[2]} events/s" >&2
done
rows=()
for round in $(seq 1 "$ROUNDS"); do
    echo "round $round..." >&2
    for row in "${ENDPOINTS[@]}"; do
        IFS='|' read -r name script path events <<<"$row"
        sleep 5 # the server finishes what the previous row left queued
        rows+=("$round $(run "$name" "$script" "$path" "$events")")
    done
done

printf '\n%-6s %-36s %10s %10s %9s %9s %8s %14s\n' round endpoint "req/s" "events/s" "p50 ms" "p99 ms" errors \
    "ratio to ping"
for line in "${rows[@]}"; do
    read -r round rest <<<"$line"
    [[ $rest == GET* ]] && ping_rate=$(awk '{print $(NF-4)}' <<<"$rest")
    awk -v round="$round" -v base="$ping_rate" '{n=NF; name=""; for(i=1;i<=n-5;i++) name=name (i>1?" ":"") $i;
        printf "%-6s %-36s %10.0f %10s %9s %9s %8s %14.2f\n", round, name, $(n-4), $(n-3), $(n-2), $(n-1), $n,
        $(n-4)/base}' <<<"$rest"
done
# Medians over the rounds: of the single-event ratio to the same round's no-op, and of batch events/s
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
per_round() { printf '%s\n' "${rows[@]}" | awk -v pattern="$1" -v field="$2" '$0 ~ pattern {print $1, $(NF-field)}'; }
ratio=$(join <(per_round "[(]1 event[)]" 4) <(per_round "GET /api/ping" 4) | awk '{printf "%.2f\n", $2 / $3}' | median)
batch_rate=$(per_round "events/batch" 3 | awk '{print $2}' | median)
echo
echo "median over $ROUNDS rounds: single events $ratio of the no-op, batches $batch_rate events/s"
echo
echo "work orders stored: $(psql -tA -h 127.0.0.1 -U postgres -d $DB -c 'SELECT COUNT(*) FROM work_order')"
echo "PostgreSQL autovacuum: $(psql -tA -h 127.0.0.1 -U postgres -d $DB -c 'SHOW autovacuum')"
echo "($CONNECTIONS connections, wrk -t2, $DURATION per row, server and load generator on the same $(nproc) cores)"
