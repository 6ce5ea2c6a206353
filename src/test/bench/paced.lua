-- Paced load: each connection waits PACE_MS on average (uniformly 0 to twice that) before its next request, so
-- CONNECTIONS clients together send CONNECTIONS * 1000 / PACE_MS requests per second instead of as many as the
-- server can take. What it measures is the answer's own time, not the wait in a saturated queue.
local pace = tonumber(os.getenv("PACE_MS") or "50")

function delay()
  return math.random(0, 2 * pace)
end

dofile("src/test/bench/report.lua")
