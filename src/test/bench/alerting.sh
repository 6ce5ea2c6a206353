#!/usr/bin/env bash
# Alerting benchmarks. (1) Evaluation cost: one evaluation of the seven default rules and of 1,000 rules over a
# scrape-sized set of metrics, in process (RuleEvaluationBench.java). (2) Change -> alert: on a server on PostgreSQL
# with a rule that fires on any open critical Andon, TRIALS critical Andons triggered and resolved over REST; the time
# from each POST's acknowledgement to andon_triggered (the change's own event, the baseline) and to alert_fired at one
# SSE client (AlertBench.java). Needs PostgreSQL at 127.0.0.1:5432 (trust auth).
# Usage: bash src/test/bench/alerting.sh   (SKIP_BUILD=1 reuses target/; TRIALS adjusts the run, default 200)
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-18196}
TRIALS=${TRIALS:-200}
DB=tcps_bench_alerting
URL="http://127.0.0.1:$PORT/"

[ -n "${SKIP_BUILD:-}" ] || mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-alerting.classpath >/dev/null
echo "== evaluation cost"
java -cp "target/classes:$(cat target/bench-alerting.classpath)" src/test/bench/RuleEvaluationBench.java
echo

psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
sed "s/databaseName=test/databaseName=$DB/" server-config/payara-micro/postgresql.asadmin > target/bench-alerting.asadmin
rm -f target/bench-alerting-admin.key
java -Dtcps.security.anonymous-read=true -Dtcps.security.admin-key-file="$PWD/target/bench-alerting-admin.key" \
    -Dtcps.security.rate-limit.writes-per-minute=1000000 -Dtcps.backup.enabled=false \
    -jar target/payara-micro.jar --nocluster --contextroot / --port "$PORT" --maxhttpthreads 32 \
    --addLibs target/postgresql.jar --postbootcommandfile target/bench-alerting.asadmin --deploy target/tcps-health.war \
    > target/bench-alerting.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf -o /dev/null "${URL}api/ping" && [ -s target/bench-alerting-admin.key ] && break; sleep 1; done
KEY=$(cat target/bench-alerting-admin.key)
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' "${URL}api/alert-rules" \
    -d '{"id":"bench-critical-andon","name":"Bench: critical Andon open","component":"andon","severity":"critical",
         "condition":{"metric":"tcps_andon_events_by_severity","operator":">","threshold":0,
                      "matchers":[{"name":"severity","value":"critical"}]}}'
echo "== change -> alert"
java src/test/bench/AlertBench.java "$URL" "$TRIALS" "$KEY"
echo "(server, PostgreSQL and the client on the same $(nproc) cores)"
