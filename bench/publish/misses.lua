-- wrk: GET /predict/churn/<id> over ids never requested before (each a cache miss, scored from the warehouse);
-- OFFSET (default 0) moves every thread's start, so a warm-up run can use other ids than the measured one
local ids = {}
for line in io.lines(os.getenv("IDS") or "miss-ids.txt") do ids[#ids + 1] = line end
local counter = 0
local offset = 0
local threads = 0
setup = function(thread)
  thread:set("offset", (tonumber(os.getenv("OFFSET")) or 0) + threads * 200000)
  threads = threads + 1
end
request = function()
  counter = counter + 1
  return wrk.format("GET", "/predict/churn/" .. ids[(offset + counter) % #ids + 1])
end
