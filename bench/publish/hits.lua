-- wrk: GET /predict/churn/<id> over the published ids (cache hits)
local ids = {}
for line in io.lines(os.getenv("IDS") or "hit-ids.txt") do ids[#ids + 1] = line end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/predict/churn/" .. ids[math.random(#ids)])
end
