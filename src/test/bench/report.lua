-- Every script presents the key the benchmark created (TCPS_KEY), as a pipeline would
local key = os.getenv("TCPS_KEY")
if key then
  wrk.headers["Authorization"] = "Bearer " .. key
end

-- Prints one machine-readable line: RESULT requests req/s p50-ms p99-ms errors
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %.1f %.2f %.2f %d\n", summary.requests, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
