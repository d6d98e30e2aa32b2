#!/usr/bin/env bash
# Load figures of `rauchmelder serve` (docs/api.md#load): batch ingest over HTTP (batches of
# 1,000 posts, analysed and matched) into a fresh database, then the list endpoints with 200
# concurrent clients on what was stored. Prints wrk's latency distribution, posts/s and the
# server's resident memory. Usage: bench/serve/load.sh [BINARY] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-build/release/rauchmelder}
seconds=${2:-20}
dir=$(mktemp -d)
trap 'kill $(cat "$dir/pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$dir"' EXIT
db=$dir/load.db
"$bin" users add load --role agent --db "$db" > /dev/null
TOKEN=$("$bin" tokens create --user load --role agent --db "$db" | tail -1)
export TOKEN
printf '[server]\nthreads = 256\nrequests_per_second = 0  # wrk sends as one token\n' > "$dir/serve.toml"
"$bin" serve --config "$dir/serve.toml" --db "$db" --listen 127.0.0.1:18090 > /dev/null 2> "$dir/serve.log" &
echo $! > "$dir/pid"
for _ in $(seq 100); do curl -sf http://127.0.0.1:18090/healthz > /dev/null && break; sleep 0.1; done

echo "== POST /api/v1/posts, batches of 1,000, 4 connections, ${seconds}s"
wrk -t2 -c4 -d"${seconds}s" --latency -s bench/serve/ingest.lua http://127.0.0.1:18090/api/v1/posts |
  grep -E "Latency|50%|99%|Requests/sec|Non-2xx"
stored=$(curl -s -H "Authorization: Bearer $TOKEN" http://127.0.0.1:18090/metrics |
  awk '/rauchmelder_ingest_posts_total\{result="stored"\}/ {print $2}')
echo "posts stored: $stored, posts/s: $((stored / seconds))"
echo "server RSS: $(ps -o rss= -p "$(cat "$dir/pid")") KiB"

for path in "/api/v1/posts?limit=50" "/api/v1/incidents?limit=20"; do
  echo "== GET $path, 200 connections, ${seconds}s"
  wrk -t2 -c200 -d"${seconds}s" --latency -s bench/serve/auth.lua "http://127.0.0.1:18090$path" |
    grep -E "50%|90%|99%|Requests/sec|Non-2xx|timeout"
done
echo "server RSS: $(ps -o rss= -p "$(cat "$dir/pid")") KiB"
