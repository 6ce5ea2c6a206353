#!/usr/bin/env bash
# Metrics benchmark: GET /api/metrics/all with 10 thousand and with 1 million completed work orders in history, in
# one run, against the no-op GET /api/ping on the same server; plus the time of one Prometheus scrape. History is
# seeded straight into PostgreSQL (generate_series), then the aggregates are rebuilt by a forced refresh. Each
# endpoint is measured twice: saturated (every connection sends its next request at once) and paced (PACE_MS, 50 ms,
# on average between a connection's requests), where latency is the answer's own time rather than queueing.
# Needs wrk (Debian package) and PostgreSQL at 127.0.0.1:5432 (trust auth).
# Usage: bash src/test/bench/metrics.sh   (SKIP_BUILD=1 to reuse target/)
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-18181}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-50}
export PACE_MS=${PACE_MS:-50}
DB=tcps_bench_metrics
BENCH=src/test/bench
URL="http://127.0.0.1:$PORT"
PSQL=(psql -q -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -n "${SKIP_BUILD:-}" ] || mvn -B -q package -DskipTests
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
sed "s/databaseName=test/databaseName=$DB/" server-config/payara-micro/postgresql.asadmin > target/bench-metrics.asadmin

rm -f target/bench-admin.key
java -Dtcps.security.admin-key-file="$PWD/target/bench-admin.key" -jar target/payara-micro.jar --nocluster \
    --contextroot / --port "$PORT" --maxhttpthreads 32 \
    --addLibs target/postgresql.jar --postbootcommandfile target/bench-metrics.asadmin \
    --deploy target/tcps-health.war > target/bench-metrics.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "$URL/api/ping" && [ -s target/bench-admin.key ] && break; sleep 1; done
# The first start's admin key: wrk (report.lua) and curl present it
TCPS_KEY=$(cat target/bench-admin.key)
export TCPS_KEY
AUTH="Authorization: Bearer $TCPS_KEY"

# Completed work orders g in [from, to], completed evenly over the last 365 days (newest first), each with 30 to 80
# minutes of lead time and its four stage visits. Ids far above the sequence's.
seed() { # from, to
    "${PSQL[@]}" <<SQL
INSERT INTO work_order (id, description, priority, bucket, sku_id, status, stage, blockers, created_at, started_at,
                        completed_at, ended_at, version)
SELECT 1000000000 + g, 'seeded', 2, (ARRAY['reliability', 'security', 'cost', 'compliance'])[1 + g % 4],
       'SKU-BENCH-' || (g % 1000), 'COMPLETED', 'deployment', 0,
       done - make_interval(secs => 1800 + g % 3000), done - make_interval(secs => 1200 + g % 1200), done, done, 1
FROM (SELECT g, now() - make_interval(secs => g * 31536000.0 / 1000000) AS done
      FROM generate_series($1, $2) AS g) AS seeded;
INSERT INTO stage_visit (id, work_order_id, stage, entered_at, exited_at, outcome)
SELECT 4000000000 + w.id * 4 + s.i, w.id, (ARRAY['compilation', 'testing', 'quality_gate', 'deployment'])[s.i + 1],
       w.started_at + (w.completed_at - w.started_at) * s.i / 4,
       w.started_at + (w.completed_at - w.started_at) * (s.i + 1) / 4, 'PASSED'
FROM work_order w CROSS JOIN generate_series(0, 3) AS s(i)
WHERE w.id BETWEEN 1000000000 + $1 AND 1000000000 + $2;
ANALYZE work_order;
ANALYZE stage_visit;
SQL
}

run() { # path [script]
    local line
    line=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 30s -s "$BENCH/${2:-report.lua}" "$URL$1" | grep "^RESULT")
    read -r _ requests rate p50 p99 errors <<<"$line"
    echo "$rate $p50 $p99 $errors"
}

measure() { # path [script]: one row right after its own warm-up
    DURATION=10s run "$1" "${2:-}" >/dev/null
    sleep 3
    run "$1" "${2:-}"
    sleep 3
}

# One scrape's time (ms, median of 21 after 300 for warm-up): each right after a work order was created, so the scrape
# renders a snapshot taken anew from the aggregates instead of hitting the cache; beside it the median of a no-op
# GET /api/ping timed the same way, which is what the machine itself costs a request at that moment.
median_ms() { sort -n | sed -n 11p | awk '{printf "%.2f", $1 * 1000}'; }
scrape() {
    local times
    times=$(for _ in $(seq 1 321); do
        curl -sf -o /dev/null -X POST -H "$AUTH" -H 'Content-Type: application/json' "$URL/api/work-orders" \
            -d '{"description":"scrape","priority":"low","bucket":"compliance","skuId":"SKU-SCRAPE"}'
        curl -s -o /dev/null -H "$AUTH" -w '%{time_total} ' "$URL/api/metrics/prometheus"
        curl -s -o /dev/null -w '%{time_total}\n' "$URL/api/ping"
    done | tail -n 21)
    echo "$(awk '{print $1}' <<<"$times" | median_ms) $(awk '{print $2}' <<<"$times" | median_ms)"
}

phase() { # label
    local refresh
    refresh=$(curl -sf -X POST -H "$AUTH" "$URL/api/metrics/refresh" | sed 's/.*"durationMs":\([0-9]*\).*/\1/')
    echo "measuring with $1 completed work orders (rebuild took $refresh ms)..." >&2
    local ping all paced_ping paced_all
    ping=$(measure /api/ping)
    all=$(measure /api/metrics/all)
    paced_ping=$(measure /api/ping paced.lua)
    paced_all=$(measure /api/metrics/all paced.lua)
    echo "$1 $refresh $ping $all $(scrape) $paced_ping $paced_all"
}

echo "seeding 10,000 completed work orders..." >&2
seed 1 10000
# Payara's JIT keeps compiling for minutes on 2 cores: both paths get a long first warm-up, or the first phase would
# be measured on a colder server than the second
echo "warming up (${WARMUP:-45s} per endpoint)..." >&2
for path in /api/ping /api/metrics/all; do DURATION=${WARMUP:-45s} run "$path" >/dev/null; done
small=$(phase 10k)
echo "seeding up to 1,000,000 completed work orders..." >&2
seed 10001 1000000
large=$(phase 1M)

printf '\n%-8s %8s | %9s %8s %8s | %9s %8s %8s %6s %9s | %9s %8s\n' history "rebuild" "ping r/s" "p50 ms" \
    "p99 ms" "all r/s" "p50 ms" "p99 ms" errors "vs ping" "scrape ms" "ping ms"
for row in "$small" "$large"; do
    read -r label refresh ping_rate ping_p50 ping_p99 _ rate p50 p99 errors scrape_ms scrape_ping _ <<<"$row"
    awk -v l="$label" -v r="$refresh" -v pr="$ping_rate" -v pp50="$ping_p50" -v pp99="$ping_p99" -v a="$rate" \
        -v p50="$p50" -v p99="$p99" -v e="$errors" -v s="$scrape_ms" -v sp="$scrape_ping" \
        'BEGIN{printf "%-8s %6s ms | %9.0f %8s %8s | %9.0f %8s %8s %6s %9.2f | %9s %8s\n", l, r, pr, pp50, pp99, a, p50, p99, e, a/pr, s, sp}'
done

printf '\nPaced: %s connections, each waiting %s ms on average between requests\n' "$CONNECTIONS" "$PACE_MS"
printf '%-8s | %9s %8s %8s %6s | %9s %8s %8s %6s\n' history "ping r/s" "p50 ms" "p99 ms" errors "all r/s" "p50 ms" \
    "p99 ms" errors
for row in "$small" "$large"; do
    read -r label _ _ _ _ _ _ _ _ _ _ _ ping_rate ping_p50 ping_p99 ping_errors rate p50 p99 errors <<<"$row"
    printf '%-8s | %9.0f %8s %8s %6s | %9.0f %8s %8s %6s\n' "$label" "$ping_rate" "$ping_p50" "$ping_p99" \
        "$ping_errors" "$rate" "$p50" "$p99" "$errors"
done
read -r _ _ _ _ _ _ _ small_p50 small_p99 _ <<<"$small"
read -r _ _ _ _ _ _ _ large_p50 large_p99 _ <<<"$large"
awk -v a="$small_p50" -v b="$large_p50" -v c="$small_p99" -v d="$large_p99" \
    'BEGIN{printf "\n1M/10k latency ratio of /api/metrics/all: p50 %.2f, p99 %.2f\n", b/a, d/c}'
echo "work orders stored: $("${PSQL[@]}" -tA -c 'SELECT COUNT(*) FROM work_order')"
echo "($CONNECTIONS connections, wrk -t2, $DURATION per row, server, PostgreSQL and load generator on the same $(nproc) cores)"
