-- wrk script: POST /api/v1/posts with batches of 1,000 new posts (ids unique per thread
-- and request, so every post is stored, none is a duplicate). TOKEN comes from the
-- environment: TOKEN=rmt_... wrk -s bench/serve/ingest.lua ...
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local token = os.getenv("TOKEN")
local counter = 0
request = function()
  counter = counter + 1
  local t = {}
  for i = 1, 1000 do
    t[i] = string.format('{"id":"w%d-%d-%d","source":"twitter","created_at":"2026-10-13T15:%02d:00Z",'
      .. '"text":"Mein Velora Akku ist seit dem Update kaputt und keiner hilft %d",'
      .. '"author":{"id":"u%d","handle":"user%d","followers":%d}}', tid, counter, i, i % 60, i, i % 5000, i % 5000, i)
  end
  return wrk.format("POST", "/api/v1/posts",
    {["Content-Type"] = "application/x-ndjson", ["Authorization"] = "Bearer " .. token},
    table.concat(t, "\n") .. "\n")
end
-- DELAY_MS (soak.sh): pause between a connection's requests, for a steady rate.
local pause = tonumber(os.getenv("DELAY_MS") or "0")
if pause > 0 then
  delay = function() return pause end
end
