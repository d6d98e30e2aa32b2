-- wrk script: GET requests with the bearer token from the environment (TOKEN=rmt_...).
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
