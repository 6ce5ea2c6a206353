dofile("src/test/bench/events.lua")
dofile("src/test/bench/report.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local size = tonumber(os.getenv("BATCH") or "500")

request = function()
  local events = {}
  for i = 1, size do
    events[i] = event()
  end
  return wrk.format(nil, nil, nil, "[" .. table.concat(events, ",") .. "]")
end
