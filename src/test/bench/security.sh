#!/usr/bin/env bash
# What access control costs: event ingestion (single events and batches, with an operator key) and GET
# /api/metrics/all (with a viewer key) on a server checking credentials, against the same requests on the same
# database with tcps.security.enabled=false, the two servers started in turn, ROUNDS times, in one run. Prints every
# row and the median ratio secured / unsecured per endpoint (target: at least 0.9). Needs wrk and PostgreSQL at
# 127.0.0.1:5432 (trust auth). Usage: bash src/test/bench/security.sh   (SKIP_BUILD=1 reuses target/; ROUNDS,
# DURATION, WARMUP, CONNECTIONS, BATCH adjust the run)
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-18090}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-50}
BATCH=${BATCH:-100}
DB=tcps_bench_security
BENCH=src/test/bench
URL="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -n "${SKIP_BUILD:-}" ] || mvn -B -q package -DskipTests
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
sed "s/databaseName=test/databaseName=$DB/" server-config/payara-micro/postgresql.asadmin > target/bench-security.asadmin
rm -f target/bench-security-admin.key
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; wait 2>/dev/null || true' EXIT

start() { # secured | open
    local security=true
    [ "$1" = open ] && security=false
    java -Dtcps.backup.enabled=false -Dtcps.security.enabled=$security \
        -Dtcps.security.admin-key-file="$PWD/target/bench-security-admin.key" \
        -jar target/payara-micro.jar --nocluster --contextroot / --port "$PORT" --maxhttpthreads 32 \
        --addLibs target/postgresql.jar --postbootcommandfile target/bench-security.asadmin \
        --deploy target/tcps-health.war > "target/bench-security-$1.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 180); do curl -sf -o /dev/null "$URL/api/ping" && break; sleep 1; done
}
stop() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=; }
key() { # role -> a new key of that role, made with the first start's admin key
    curl -sf -H "Authorization: Bearer $(cat target/bench-security-admin.key)" -H 'Content-Type: application/json' \
        -d "{\"name\":\"bench $1\",\"role\":\"$1\"}" "$URL/api/keys" | sed 's/.*"key":"\([^"]*\)".*/\1/'
}
rate() { # key, script, path, duration -> requests/s
    TCPS_KEY=$1 BATCH=$BATCH wrk -t2 -c"$CONNECTIONS" -d"$4" --timeout 30s -s "$BENCH/$2" "$URL$3" |
        awk '/^RESULT/ {print $3; if ($6 > 0) print "errors: " $6 > "/dev/stderr"}'
}
ROWS=("POST /api/events (1 event)|single-event.lua|/api/events|operator"
    "POST /api/events/batch ($BATCH events)|batch.lua|/api/events/batch|operator"
    "GET /api/metrics/all|report.lua|/api/metrics/all|viewer")

start secured
for _ in $(seq 1 60); do [ -s target/bench-security-admin.key ] && break; sleep 1; done
declare -A KEYS=([operator]=$(key operator) [viewer]=$(key viewer))
stop

results=() # round|mode|name|req/s
for round in $(seq 1 "$ROUNDS"); do
    for mode in secured open; do
        start "$mode"
        for row in "${ROWS[@]}"; do
            IFS='|' read -r name script path role <<<"$row"
            credential=${KEYS[$role]}
            [ "$mode" = open ] && credential=
            rate "$credential" "$script" "$path" "$WARMUP" >/dev/null # the JIT and the pools warm up on each start
            results+=("$round|$mode|$name|$(rate "$credential" "$script" "$path" "$DURATION")")
            echo "round $round, $mode: $name ${results[-1]##*|} req/s" >&2
        done
        stop
    done
done

printf '\n%-6s %-34s %12s %12s %8s\n' round endpoint "secured r/s" "open r/s" ratio
printf '%s\n' "${results[@]}" | awk -F'|' '{v[$1 "|" $3 "|" $2] = $4; names[$3] = 1; rounds[$1] = 1}
    END {for (r in rounds) for (n in names) printf "%-6s %-34s %12.0f %12.0f %8.2f\n", r, n, v[r "|" n "|secured"],
        v[r "|" n "|open"], v[r "|" n "|secured"] / v[r "|" n "|open"]}' | sort
echo
for row in "${ROWS[@]}"; do
    name=${row%%|*}
    printf '%s\n' "${results[@]}" | awk -F'|' -v n="$name" '$3 == n {v[$1 "|" $2] = $4; rounds[$1] = 1}
        END {for (r in rounds) print v[r "|secured"] / v[r "|open"]}' | sort -n |
        awk -v n="$name" '{v[NR] = $1} END {printf "median ratio secured / open, %s: %.2f\n", n, v[int((NR + 1) / 2)]}'
done
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB"
