#!/usr/bin/env bash
# Publish benchmarks (figures for the lead). Needs redis-server, redis-benchmark, wrk, and the module built
# (mvn -B -q -o install -f modules/publish/pom.xml, or -pl modules/publish once it is in the parent).
#  1. 1M predictions through the cache layer (RedisTarget: raw RESP pipelined SET EX + switch) vs
#     redis-benchmark -q -t set -n 1000000 -P 64 (one key, as the brief asks) and the same with 1M random keys
#     and 40-byte values (-r 1000000 -d 40), and the publish's own command shape (its keys, value and EX).
#  2. serve under wrk on loopback: cache hits, then cache misses (scored from a DuckDB warehouse), 10 s each after
#     a warm-up of each, with the CPU time the endpoint's JVM and Redis spent per request (from /proc, so it holds
#     on a busy machine too).
#     SERVE_CLASSES=DIR puts other compiled serve classes first on the class path (to measure an older version);
#     SERVE_JAVA_OPTS adds JVM options to the endpoint's (e.g. -Xlog:gc:/tmp/gc.log); HIT_CONNECTIONS="8 32"
#     measures hits at each of these wrk connection counts (default 32).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow"
OUT=bench/publish/out
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/playlens-publish-bench.XXXX)
REDIS_PORT=${REDIS_PORT:-36391}
HTTP_PORT=${HTTP_PORT:-38081}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s} # until the JIT has compiled the hot path
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

mvn -B -q -o test-compile -f modules/publish/pom.xml
mvn -B -q -o dependency:build-classpath -f modules/publish/pom.xml -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP=${SERVE_CLASSES:+$SERVE_CLASSES:}modules/publish/target/classes:modules/publish/target/test-classes:$(cat "$WORK/cp.txt")

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$WORK" --daemonize no \
  --logfile "$WORK/redis.log" & pids+=($!)
sleep 1
[ -n "${SKIP_REDIS:-}" ] || {
  echo "# $(date -u +%FT%TZ) $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "## redis-benchmark -q -t set -n 1000000 -P 64"
  redis-benchmark -h 127.0.0.1 -p "$REDIS_PORT" -q -t set -n 1000000 -P 64 | tr '\r' '\n' | grep 'requests per second' | tail -1
  redis-cli -p "$REDIS_PORT" flushall >/dev/null
  echo "## redis-benchmark -q -t set -n 1000000 -P 64 -r 1000000 -d 40 (distinct keys, like a publish)"
  redis-benchmark -h 127.0.0.1 -p "$REDIS_PORT" -q -t set -n 1000000 -P 64 -r 1000000 -d 40 | tr '\r' '\n' | grep 'requests per second' | tail -1
  redis-cli -p "$REDIS_PORT" flushall >/dev/null
  echo "## RedisTarget: 1,000,000 predictions (SET key json EX 3600, then the current switch)"
  "$JAVA_HOME/bin/java" -cp "$CP" dev.playlens.publish.RedisPublishBench "redis://127.0.0.1:$REDIS_PORT" 1000000 1
  # The same server work from redis-benchmark: distinct keys shaped like the publish's, its value, the same EX.
  value=$(redis-cli -p "$REDIS_PORT" GET playlens:bench:1:user-1)
  redis-cli -p "$REDIS_PORT" flushall >/dev/null
  echo "## redis-benchmark -P 64 -r 1000000 SET playlens:bench:1:user-__rand_int__ <the publish's ${#value}-byte value> EX 3600"
  redis-benchmark -h 127.0.0.1 -p "$REDIS_PORT" -q -n 1000000 -P 64 -r 1000000 \
    SET 'playlens:bench:1:user-__rand_int__' "$value" EX 3600 | tr '\r' '\n' | grep 'requests per second' | tail -1
  redis-cli -p "$REDIS_PORT" flushall >/dev/null
} 2>&1 | tee "$OUT/redis.txt"
[ -z "${SKIP_SERVE:-}" ] || exit 0
echo "# serve: $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)" > "$OUT/serve.txt"

# the flags of the installed launcher (installers/build.sh)
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xmx1g ${SERVE_JAVA_OPTS:-} -cp "$CP" dev.playlens.publish.ServeBenchMain \
  "redis://127.0.0.1:$REDIS_PORT" "$WORK" "$HTTP_PORT" > "$WORK/serve.log" 2>&1 & pids+=($!)
SERVE_PID=$!
REDIS_PID=${pids[0]}
for _ in $(seq 1 600); do grep -q '^READY' "$WORK/serve.log" && break; sleep 0.5; done
grep -q '^READY' "$WORK/serve.log" || { echo "serve did not start:"; tail -20 "$WORK/serve.log"; exit 1; }
URL="http://127.0.0.1:$HTTP_PORT"
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system clock ticks
# wrk ARGS…: runs wrk, then prints the endpoint's and Redis's CPU time per request
measure() {
  local s0 r0 s1 r1 n hz
  hz=$(getconf CLK_TCK); s0=$(cpu "$SERVE_PID"); r0=$(cpu "$REDIS_PID")
  (cd "$WORK" && wrk "$@") | tee "$WORK/wrk.txt"
  s1=$(cpu "$SERVE_PID"); r1=$(cpu "$REDIS_PID")
  n=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
  echo "CPU per request: serve JVM $(( (s1 - s0) * 1000000 / hz / n )) us, redis-server $(( (r1 - r0) * 1000000 / hz / n )) us; load $(cut -d' ' -f1-3 /proc/loadavg)"
}
{
  (cd "$WORK" && IDS=hit-ids.txt wrk -t2 -c32 -d"$WARMUP" -s "$OLDPWD/bench/publish/hits.lua" "$URL" >/dev/null) # warm-up
  for c in ${HIT_CONNECTIONS:-32}; do
    echo "## wrk hits ($DURATION, 2 threads, $c connections)"
    IDS=hit-ids.txt measure -t2 -c"$c" -d"$DURATION" --latency -s "$PWD/bench/publish/hits.lua" "$URL"
  done
  echo "## wrk misses ($DURATION, 2 threads, 8 connections)"
  # warm-up on other ids: the hits no longer run the miss path's code (virtual threads, Jedis)
  (cd "$WORK" && IDS=miss-ids.txt OFFSET=100000 wrk -t2 -c8 -d"$WARMUP" -s "$OLDPWD/bench/publish/misses.lua" "$URL" >/dev/null)
  IDS=miss-ids.txt measure -t2 -c8 -d"$DURATION" --latency -s "$PWD/bench/publish/misses.lua" "$URL"
  echo "## /metrics"
  curl -s "$URL/metrics"; echo
} 2>&1 | tee -a "$OUT/serve.txt"
