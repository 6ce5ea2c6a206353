dofile("src/test/bench/events.lua")
dofile("src/test/bench/report.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  return wrk.format(nil, nil, nil, event())
end
