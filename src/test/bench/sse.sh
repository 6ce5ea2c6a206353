#!/usr/bin/env bash
# Event-stream benchmark: CLIENTS (1,000) server-sent-event clients on one server (--maxhttpthreads 32, as in
# production: streams must not hold request threads), Andons triggered over REST one at a time; for each, the time
# from the POST's acknowledgement to its delivery at every client (p50/p99 over EVENTS events, first with 10 clients
# as the baseline, then with all), the server heap per idle client (after full GCs, before and after connecting) and
# the clients lost. The heap is first measured on a bare JAX-RS SSE endpoint (bare/BareStream.java) alone on the same
# server, the floor any SSE endpoint on it costs. Needs PostgreSQL at 127.0.0.1:5432 (trust auth) and jcmd (JDK).
# Usage: bash src/test/bench/sse.sh   (SKIP_BUILD=1 to reuse target/; CLIENTS, EVENTS, SERVER_OPTS to vary)
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-18182}
CLIENTS=${CLIENTS:-1000}
EVENTS=${EVENTS:-20}
DB=tcps_bench_sse
URL="http://127.0.0.1:$PORT/"

[ -n "${SKIP_BUILD:-}" ] || mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-sse.classpath >/dev/null

# Baseline: the bare endpoint on a server of its own, clients connected and left idle
rm -rf target/bench-bare && mkdir -p target/bench-bare/WEB-INF/classes
javac -d target/bench-bare/WEB-INF/classes -cp "$(cat target/bench-sse.classpath)" src/test/bench/bare/BareStream.java
(cd target/bench-bare && jar cf ../bench-bare.war .)
# shellcheck disable=SC2086
java ${SERVER_OPTS:-} -jar target/payara-micro.jar --nocluster --contextroot / --port "$PORT" --maxhttpthreads 32 \
    --deploy target/bench-bare.war > target/bench-bare.log 2>&1 &
BARE=$!
trap 'kill $BARE 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do (curl -sN -m 2 "${URL}stream" || true) | grep -q connected && break; sleep 1; done
java -cp "$(cat target/bench-sse.classpath)" src/test/bench/SseBench.java "$URL" "$BARE" "$CLIENTS" 0 stream
kill $BARE; wait $BARE 2>/dev/null || true
echo

psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
sed "s/databaseName=test/databaseName=$DB/" server-config/payara-micro/postgresql.asadmin > target/bench-sse.asadmin

# SERVER_OPTS: extra JVM options of the server, e.g. SERVER_OPTS=-Dtcps.stream.send-threads=8
# shellcheck disable=SC2086
# The stream clients read anonymously (anonymous-read); the writes present the first start's admin key
rm -f target/bench-admin.key
java ${SERVER_OPTS:-} -Dtcps.security.anonymous-read=true -Dtcps.security.admin-key-file="$PWD/target/bench-admin.key" \
    -jar target/payara-micro.jar --nocluster --contextroot / --port "$PORT" --maxhttpthreads 32 \
    --addLibs target/postgresql.jar --postbootcommandfile target/bench-sse.asadmin --deploy target/tcps-health.war \
    > target/bench-sse.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf -o /dev/null "${URL}api/ping" && [ -s target/bench-admin.key ] && break; sleep 1; done
TCPS_KEY=$(cat target/bench-admin.key)
export TCPS_KEY
AUTH="Authorization: Bearer $TCPS_KEY"

# Warm-up: the Andon path and the stream, once
curl -sf -o /dev/null -X POST -H "$AUTH" -H 'Content-Type: application/json' "${URL}api/andon" \
    -d '{"failureType":"Test_Failure","skuId":"SKU-BENCH-WARMUP"}'
timeout 3 curl -sN -o /dev/null "${URL}api/stream" || true

java -cp "$(cat target/bench-sse.classpath)" src/test/bench/SseBench.java "$URL" "$SERVER" "$CLIENTS" "$EVENTS"
echo "(server, PostgreSQL and $CLIENTS clients on the same $(nproc) cores)"
