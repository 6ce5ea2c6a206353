#!/usr/bin/env bash
# Durability under kill -9: WRITERS clients send mixed writes (work orders, Andons raised and resolved, single
# events, Kaizen proposals, custom metrics) to the product on PostgreSQL; after DURATION seconds the server is killed
# with SIGKILL mid-load, started again on the same database, and every id it had acknowledged (a 2xx answer) must be
# there. Prints the writes acknowledged per kind, the time to ready after the restart, and the ids lost (must be 0).
# Needs PostgreSQL at 127.0.0.1:5432 (trust auth). Usage: bash src/test/bench/durability.sh   (SKIP_BUILD=1 reuses
# target/; DURATION, WRITERS adjust the run)
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-18095}
DURATION=${DURATION:-20}
WRITERS=${WRITERS:-16}
DB=tcps_durability
URL="http://127.0.0.1:$PORT/"

[ -n "${SKIP_BUILD:-}" ] || mvn -B -q package -DskipTests
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
sed "s/databaseName=test/databaseName=$DB/" server-config/payara-micro/postgresql.asadmin > target/durability.asadmin
rm -f target/durability-admin.key target/durability-ids.txt
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; wait 2>/dev/null || true' EXIT

start() {
    java -Dtcps.backup.enabled=false -Dtcps.security.admin-key-file="$PWD/target/durability-admin.key" \
        -Dtcps.security.rate-limit.writes-per-minute=10000000 \
        -jar target/payara-micro.jar --nocluster --contextroot / --port "$PORT" --maxhttpthreads 32 \
        --addLibs target/postgresql.jar --postbootcommandfile target/durability.asadmin \
        --deploy target/tcps-health.war >> target/durability-server.log 2>&1 &
    SERVER=$!
}
ready() { curl -sf -o /dev/null "${URL}api/ping" && curl -sf -o /dev/null "${URL}health/ready"; }

start
for _ in $(seq 1 180); do ready && [ -s target/durability-admin.key ] && break; sleep 1; done
KEY=$(curl -sf -H "Authorization: Bearer $(cat target/durability-admin.key)" -H 'Content-Type: application/json' \
    -d '{"name":"durability writers","role":"operator"}' "${URL}api/keys" | sed 's/.*"key":"\([^"]*\)".*/\1/')

java -cp target/postgresql.jar src/test/bench/Durability.java write "$URL" "$KEY" "$WRITERS" target/durability-ids.txt &
WRITER=$!
sleep "$DURATION"
kill -9 "$SERVER"
echo "server killed with SIGKILL after ${DURATION} s of writes from $WRITERS clients"
wait "$WRITER" || true
wait "$SERVER" 2>/dev/null || true

restarted=$(date +%s.%N)
start
for _ in $(seq 1 360); do ready && break; sleep 0.5; done
awk -v s="$restarted" -v e="$(date +%s.%N)" 'BEGIN {printf "ready again %.1f s after the restart\n", e - s}'
java -cp target/postgresql.jar src/test/bench/Durability.java verify "jdbc:postgresql://127.0.0.1:5432/$DB" \
    target/durability-ids.txt
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB"
