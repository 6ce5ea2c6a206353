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
rm -f target/bench-admin.key
java ${JAVA_OPTS:-} -Dtcps.backup.enabled=false -Dtcps.security.admin-key-file="$PWD/target/bench-admin.key" -jar target/payara-micro.jar --nocluster --contextroot / --port "$PORT" --maxhttpthreads 32 --addLibs target/postgresql.jar \
    --postbootcommandfile target/bench-postgresql.asadmin --deploy target/tcps-health.war > target/bench-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/ping" && [ -s target/bench-admin.key ] && break; sleep 1; done
# The first start's admin key: wrk (report.lua) and curl present it
TCPS_KEY=$(cat target/bench-admin.key)
export TCPS_KEY

URL="http://127.0.0.1:$PORT"
TICK_US=$((1000000 / $(getconf CLK_TCK)))
# CPU clock ticks (user + system) of the server's JVM, and of every PostgreSQL process with the backends that ended
ticks() { awk '{sub(/.*\) /, ""); print $12 + $13}' "/proc/$SERVER/stat"; }
pg_ticks() {
    for pid in $(pgrep -u postgres); do awk '{sub(/.*\) /, ""); print $12 + $13 + $14 + $15}' "/proc/$pid/stat" 2>/dev/null || true; done |
        awk '{s += $1} END {print s + 0}'
}
run() { # name, script, path, events per request -> one row: name|req/s|events/s|p50|p99|errors|CPU us per event
    local out server0 pg0 server1 pg1 wrk_cpu
    server0=$(ticks) pg0=$(pg_ticks)
    out=$({ TIMEFORMAT='WRKCPU %U %S'; time BATCH=$BATCH wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 30s \
        -s "$BENCH/$2" "$URL$3"; } 2>&1)
    server1=$(ticks) pg1=$(pg_ticks)
    wrk_cpu=$(awk '/^WRKCPU/ {print ($2 + $3) * 1000000}' <<<"$out")
    awk -v name="$1" -v n="$4" -v server=$(((server1 - server0) * TICK_US)) -v pg=$(((pg1 - pg0) * TICK_US)) \
        -v wrk="$wrk_cpu" '/^RESULT/ {events = $2 * n; printf "%s|%s|%.0f|%s|%s|%s|%.1f|%.1f|%.1f\n", name, $3, $3 * n,
        $4, $5, $6, server / events, pg / events, wrk / events}' <<<"$out"
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
        rates+=("$(DURATION=20s run warmup "$script" "$path" "$events" | cut -d'|' -f3)")
    done
    echo "warm-up turn $turn: no-op ${rates[0]} req/s, single ${rates[1]} events/s, batch ${rates[2]} events/s" >&2
done
rows=() # round|name|req/s|events/s|p50|p99|errors|server|PostgreSQL|wrk
for round in $(seq 1 "$ROUNDS"); do
    echo "round $round..." >&2
    for row in "${ENDPOINTS[@]}"; do
        IFS='|' read -r name script path events <<<"$row"
        sleep 5 # the server finishes what the previous row left queued
        rows+=("$round|$(run "$name" "$script" "$path" "$events")")
    done
done

# The last three columns: CPU time per event (per request for the no-op) of the server's JVM, of PostgreSQL and of
# the load generator, which share the cores; they show where a row's rate goes. A batch request is not one event: its
# rate has no ratio to the no-op's (its events/s is the figure).
printf '\n%-6s %-36s %8s %9s %8s %8s %6s %8s %10s %8s %8s\n' round endpoint "req/s" "events/s" "p50 ms" "p99 ms" \
    errors "to ping" "server us" "PG us" "wrk us"
printf '%s\n' "${rows[@]}" | awk -F'|' '$2 ~ /^GET/ {base = $3}
    {ratio = $2 ~ /batch/ ? "-" : sprintf("%.2f", $3 / base);
     printf "%-6s %-36s %8.0f %9s %8s %8s %6s %8s %10s %8s %8s\n", $1, $2, $3, $4, $5, $6, $7, ratio, $8, $9, $10}'
# Medians over the rounds: of the single-event ratio to the same round's no-op, and of batch events/s
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
column_of() { printf '%s\n' "${rows[@]}" | awk -F'|' -v pattern="$1" -v field="$2" '$2 ~ pattern {print $1, $field}'; }
ratio=$(join <(column_of "[(]1 event[)]" 3) <(column_of "^GET" 3) | awk '{printf "%.2f\n", $2 / $3}' | median)
batch_rate=$(column_of "batch" 4 | awk '{print $2}' | median)
echo
echo "median over $ROUNDS rounds: single events $ratio of the no-op, batches $batch_rate events/s"
for column in "8 server" "9 PostgreSQL" "10 wrk"; do
    read -r field who <<<"$column"
    echo "median CPU per event, $who: no-op $(column_of "^GET" "$field" | awk '{print $2}' | median) us, single" \
        "$(column_of "[(]1 event[)]" "$field" | awk '{print $2}' | median) us, batch $(column_of "batch" "$field" |
            awk '{print $2}' | median) us"
done
echo
echo "work orders stored: $(psql -tA -h 127.0.0.1 -U postgres -d $DB -c 'SELECT COUNT(*) FROM work_order')"
echo "PostgreSQL autovacuum: $(psql -tA -h 127.0.0.1 -U postgres -d $DB -c 'SHOW autovacuum')"
echo "($CONNECTIONS connections, wrk -t2, $DURATION per row, server and load generator on the same $(nproc) cores)"
