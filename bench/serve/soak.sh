#!/usr/bin/env bash
# Soak test of `rauchmelder serve` (docs/api.md#load): for SECONDS (default 600), one
# client sends batches of 1,000 posts every 0.5 s (2,000 posts/s, analysed, matched and
# detected) while 20 clients list posts and incidents every 20 ms each. Prints the
# server's resident memory every 30 s and the growth between the end of the first
# minute and the end; the server must stay up and its memory flat.
# Usage: bench/serve/soak.sh [BINARY] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-build/release/rauchmelder}
seconds=${2:-600}
dir=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; kill $(cat "$dir/pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$dir"' EXIT
db=$dir/soak.db
"$bin" users add soak --role agent --db "$db" > /dev/null
TOKEN=$("$bin" tokens create --user soak --role agent --db "$db" | tail -1)
export TOKEN
"$bin" queries add --db "$db" velora "velora OR #velora*" > /dev/null
printf '[server]\nrequests_per_second = 0\n' > "$dir/serve.toml"
"$bin" serve --config "$dir/serve.toml" --db "$db" --listen 127.0.0.1:18091 > /dev/null 2> "$dir/serve.log" &
echo $! > "$dir/pid"
pid=$(cat "$dir/pid")
for _ in $(seq 100); do curl -sf http://127.0.0.1:18091/healthz > /dev/null && break; sleep 0.1; done

DELAY_MS=500 wrk -t1 -c1 -d"${seconds}s" -s bench/serve/ingest.lua \
  http://127.0.0.1:18091/api/v1/posts > "$dir/ingest.txt" &
clients=($!)
DELAY_MS=20 wrk -t1 -c10 -d"${seconds}s" -s bench/serve/auth.lua \
  "http://127.0.0.1:18091/api/v1/posts?limit=50" > "$dir/posts.txt" &
clients+=($!)
DELAY_MS=20 wrk -t1 -c10 -d"${seconds}s" -s bench/serve/auth.lua \
  "http://127.0.0.1:18091/api/v1/incidents?limit=20" > "$dir/incidents.txt" &
clients+=($!)

echo "seconds  rss_kib  posts_stored"
first=""
for ((t = 30; t <= seconds; t += 30)); do
  sleep 30
  rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  stored=$(curl -s -H "Authorization: Bearer $TOKEN" http://127.0.0.1:18091/metrics |
    awk '/rauchmelder_ingest_posts_total\{result="stored"\}/ {print $2}')
  echo "$t  $rss  $stored"
  if [ "$t" -eq 60 ]; then first=$rss; fi
done
wait "${clients[@]}" 2>/dev/null || true
for f in ingest posts incidents; do
  echo "== $f"; grep -E "Requests/sec|Non-2xx|Socket errors|Latency" "$dir/$f.txt" || true
done
last=$(ps -o rss= -p "$pid" | tr -d ' ')
echo "rss after 60 s: ${first:-?} KiB, at the end: $last KiB"
