#!/usr/bin/env bash
# Compares JVM options for `./kairos serve` under open-loop load from a second process: for each
# variant and rate it starts a fresh server (optimiser on, as served) with the variant in
# KAIROS_JAVA_OPTS and its safepoints logged, runs `./kairos load --url` against it, stops it, and
# prints p50/p99/p99.9 (from the intended send time) and the safepoints (count, total, longest).
# Usage: benchmarks/serve-options.sh OUT_DIR RATE[,RATE...] NAME='OPTIONS' [NAME='OPTIONS' ...]
# e.g.   benchmarks/serve-options.sh /tmp/so 5000,10000 default= promote='-XX:InitialRAMPercentage=25 -XX:NewRatio=2 -XX:MaxTenuringThreshold=0'
# (RESULTS.md, 2026-12-07 session 9). Loopback only; each run is about 40 s.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$1; rates=$2; shift 2
mkdir -p "$out"
key=serve-options-$RANDOM$RANDOM-0123456789
port=18080
for variant in "$@"; do
  name=${variant%%=*}; opts=${variant#*=}
  for rate in ${rates//,/ }; do
    data=$(mktemp -d)
    KAIROS_JAVA_OPTS="$opts -Xlog:safepoint:file=$out/safepoints-$name-$rate.log" "$root/kairos" serve \
      --data "$data" --port $port --admin-key "$key" --rate-limit 2000000 > "$out/serve-$name-$rate.log" 2>&1 &
    server=$!
    for _ in $(seq 1 120); do grep -q "listening on" "$out/serve-$name-$rate.log" && break; sleep 0.5; done
    "$root/kairos" load --url "http://127.0.0.1:$port" --key "$key" --rate "$rate" --duration 10s --warmup 20s \
      --targets kairos --repeat-disturbed 0 --json "$out/load-$name-$rate.json" > "$out/load-$name-$rate.txt" 2>&1
    kill "$server"; wait "$server" 2>/dev/null || true
    rm -rf "$data"
    python3 - "$out" "$name" "$rate" <<'PY'
import json, re, sys
out, name, rate = sys.argv[1:]
run = json.load(open(f"{out}/load-{name}-{rate}.json"))["runs"][0]
lat = run["latency"]
pauses = [int(ns) / 1e6 for ns in re.findall(r"Total: (\d+) ns", open(f"{out}/safepoints-{name}-{rate}.log").read())]
print(f"{name:12s} {rate:>6}/s achieved {run['achievedRate']:.0f}/s  p50 {lat['p50']:.0f} µs  p99 {lat['p99']:.0f} µs  "
      f"p99.9 {lat['p999']:.0f} µs  safepoints {len(pauses)}, {sum(pauses):.0f} ms, longest {max(pauses, default=0):.1f} ms")
PY
  done
done
