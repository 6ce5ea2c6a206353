#!/usr/bin/env bash
# What access control costs: event ingestion (single events and batches, with an operator key) and GET
# /api/metrics/all (with a viewer key) on a server checking credentials, against the same requests to a second server
# with tcps.security.enabled=false. Both run side by side (each on its own database), are warmed alike, and are then
# measured in turn, row by row, ROUNDS times (the order alternating), so each ratio compares the same minute. Prints
# every row and the median ratio secured / unsecured per endpoint (target: at least 0.9). Needs wrk and PostgreSQL at
# 127.0.0.1:5432 (trust auth). Usage: bash src/test/bench/security.sh   (SKIP_BUILD=1 reuses target/; ROUNDS,
# DURATION, WARMUP_TURNS, CONNECTIONS, BATCH adjust the run)
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-18090}
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10s}
WARMUP_TURNS=${WARMUP_TURNS:-3}
CONNECTIONS=${CONNECTIONS:-50}
BATCH=${BATCH:-100}
BENCH=src/test/bench

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -n "${SKIP_BUILD:-}" ] || mvn -B -q package -DskipTests
SERVERS=()
trap 'for s in "${SERVERS[@]}"; do kill "$s" 2>/dev/null; done; wait 2>/dev/null || true' EXIT

start() { # mode (secured | open), port
    local db=tcps_bench_$1
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    sed "s/databaseName=test/databaseName=$db/" server-config/payara-micro/postgresql.asadmin > "target/bench-$1.asadmin"
    rm -f "target/bench-$1-admin.key"
    java -Dtcps.backup.enabled=false -Dtcps.security.enabled=$([ "$1" = open ] && echo false || echo true) \
        -Dtcps.security.admin-key-file="$PWD/target/bench-$1-admin.key" \
        -jar target/payara-micro.jar --nocluster --contextroot / --port "$2" --maxhttpthreads 32 \
        --addLibs target/postgresql.jar --postbootcommandfile "target/bench-$1.asadmin" \
        --deploy target/tcps-health.war > "target/bench-$1.log" 2>&1 &
    SERVERS+=($!)
}
await() { for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$1/api/ping" && return; sleep 1; done; }
key() { # role -> a new key of that role on the secured server, made with its first start's admin key
    curl -sf -H "Authorization: Bearer $(cat target/bench-secured-admin.key)" -H 'Content-Type: application/json' \
        -d "{\"name\":\"bench $1\",\"role\":\"$1\"}" "http://127.0.0.1:$PORT/api/keys" | sed 's/.*"key":"\([^"]*\)".*/\1/'
}
rate() { # port, key, script, path, duration -> requests/s
    TCPS_KEY=$2 BATCH=$BATCH wrk -t2 -c"$CONNECTIONS" -d"$5" --timeout 30s -s "$BENCH/$3" "http://127.0.0.1:$1$4" |
        awk '/^RESULT/ {print $3; if ($6 > 0) print "errors: " $6 > "/dev/stderr"}'
}
ROWS=("POST /api/events (1 event)|single-event.lua|/api/events|operator"
    "POST /api/events/batch ($BATCH events)|batch.lua|/api/events/batch|operator"
    "GET /api/metrics/all|report.lua|/api/metrics/all|viewer")

start secured "$PORT"
start open $((PORT + 1))
await "$PORT"
await $((PORT + 1))
for _ in $(seq 1 60); do [ -s target/bench-secured-admin.key ] && break; sleep 1; done
declare -A KEYS=([operator]=$(key operator) [viewer]=$(key viewer))
measure() { # mode, row, duration -> requests/s
    IFS='|' read -r _ script path role <<<"$2"
    if [ "$1" = secured ]; then rate "$PORT" "${KEYS[$role]}" "$script" "$path" "$3"; else
        rate $((PORT + 1)) "" "$script" "$path" "$3"; fi
}

for turn in $(seq 1 "$WARMUP_TURNS"); do # both servers' JIT and pools warm up alike
    for row in "${ROWS[@]}"; do
        for mode in secured open; do measure "$mode" "$row" 15s >/dev/null; done
    done
    echo "warm-up turn $turn done" >&2
done
results=() # round|name|secured|open
for round in $(seq 1 "$ROUNDS"); do
    for row in "${ROWS[@]}"; do
        name=${row%%|*}
        if [ $((round % 2)) -eq 1 ]; then
            secured=$(measure secured "$row" "$DURATION"); sleep 2; open=$(measure open "$row" "$DURATION")
        else
            open=$(measure open "$row" "$DURATION"); sleep 2; secured=$(measure secured "$row" "$DURATION")
        fi
        sleep 2
        results+=("$round|$name|$secured|$open")
        echo "round $round: $name secured $secured, open $open req/s" >&2
    done
done

printf '\n%-6s %-34s %12s %12s %8s\n' round endpoint "secured r/s" "open r/s" ratio
printf '%s\n' "${results[@]}" | awk -F'|' '{printf "%-6s %-34s %12.0f %12.0f %8.2f\n", $1, $2, $3, $4, $3 / $4}'
echo
for row in "${ROWS[@]}"; do
    name=${row%%|*}
    printf '%s\n' "${results[@]}" | awk -F'|' -v n="$name" '$2 == n {print $3 / $4}' | sort -n |
        awk -v n="$name" '{v[NR] = $1} END {printf "median ratio secured / open, %s: %.2f\n", n, v[int((NR + 1) / 2)]}'
done
for s in "${SERVERS[@]}"; do kill "$s" 2>/dev/null; done
wait 2>/dev/null || true
SERVERS=()
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS tcps_bench_secured" \
    -c "DROP DATABASE IF EXISTS tcps_bench_open"
