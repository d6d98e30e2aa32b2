-- wrk script: GET requests with the bearer token from the environment (TOKEN=rmt_...).
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
-- DELAY_MS (soak.sh): pause between a connection's requests, for a steady rate.
local pause = tonumber(os.getenv("DELAY_MS") or "0")
if pause > 0 then
  delay = function() return pause end
end
