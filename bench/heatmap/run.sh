#!/usr/bin/env bash
# Heatmap benchmark (docs/benchmarks.md): N player_death events on one level, side by side in one run:
#  (a) `playlens heatmap` → PNG on the embedded DuckDB vs the bare GROUP BY aggregate through `playlens sql`
#      on the same DuckDB (both pay the same JVM start, so the difference is the heatmap's own overhead);
#  (b) `playlens heatmap` → PNG on PostgreSQL vs the seed pipeline's Python script (pg8000 → the same PostgreSQL
#      → pandas hexbin → matplotlib PNG); Playlens both from the level's cell roll-up (built once, timed) and
#      with --no-rollup (the raw events).
# usage: bench/heatmap/run.sh [EVENTS=10000000] [RUNS=3]
# HEATMAP_BENCH_DATA=DIR reuses the DuckDB file and PostgreSQL data dir filled earlier there (default: the output
# folder); BENCH_PYTHON=PATH picks the venv's python.
# Needs the Python venv: python3 -m venv bench/.venv && bench/.venv/bin/pip install --no-index \
#   --find-links /opt/pypi/files pandas matplotlib pg8000 numpy
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-10000000}; RUNS=${2:-3}
OUT=bench/out/heatmap; mkdir -p "$OUT"
DATA=${HEATMAP_BENCH_DATA:-$OUT}
# shared/realdata beside the checkout (or above it, for a worktree), like the tests' RealData
REALDATA=${PLAYLENS_REALDATA:-$(for d in ../shared ../../shared; do [ -d "$d/realdata" ] && { echo "$d/realdata"; break; }; done)}
PY=${BENCH_PYTHON:-bench/.venv/bin/python}
IMAGE=$(realpath "$REALDATA"/aws-pipeline/level_screenshot_512x512.png)
WORLD=247.245239,492.971008,759.245239,1004.971008
LEVEL=bench_level
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG_DIR=$DATA/pg-$N; PG_PORT=${PG_PORT:-55439}
./playlens --help >/dev/null   # build once, outside the timings

fill_sql() { # $1 = uuid function, $2 = series source
  cat <<SQL
INSERT INTO game_events (event_id, app_name, event_version, event_type, event_timestamp, client_id,
  app_version, level_id, position_x, position_y, session_id, extra)
SELECT $1, 'bench', '1.0', 'player_death', TIMESTAMP '2026-09-01' + (i % 2592000) * INTERVAL '1 second',
  'c' || (i % 200000), CASE WHEN i % 2 = 0 THEN '1.0' ELSE '1.1' END, '$LEVEL',
  -- deaths around 8 hot spots plus a uniform floor, inside the level's world rectangle
  CASE WHEN i % 5 = 0 THEN 247.245239 + 512 * random()
       ELSE 300 + 55 * (i % 8) + 12 * (random() + random() + random() - 1.5) END,
  CASE WHEN i % 5 = 0 THEN 492.971008 + 512 * random()
       ELSE 560 + 50 * floor((i % 64) / 8) + 12 * (random() + random() + random() - 1.5) END,
  NULL, NULL
FROM $2
SQL
}

DUCK="$DATA/bench-$N.duckdb"
if [ ! -f "$DUCK" ]; then
  echo "filling DuckDB with $N events…" >&2
  ./playlens ingest --warehouse "duckdb:$DUCK" --from "$REALDATA"/aws-pipeline/heatmap-sample-data.txt >/dev/null
  ./playlens sql --warehouse "duckdb:$DUCK" "$(fill_sql 'uuid()' "range($N) t(i)")" >/dev/null
fi

start_pg() {
  if [ ! -d "$PG_DIR" ]; then
    mkdir -p "$PG_DIR" && chown postgres "$PG_DIR"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR" -U bench --auth=trust >/dev/null
  fi
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR" -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c shared_buffers=2GB -c max_parallel_workers_per_gather=2" -l "$PG_DIR/log" -w start >/dev/null
}
stop_pg() { runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR" -m fast stop >/dev/null || true; }
PGURL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=bench"
if runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
  echo "PostgreSQL already runs on $PG_DIR: using it, leaving it running" >&2   # someone else's run owns it
else
  start_pg; trap stop_pg EXIT
fi
if [ "$(psql -h 127.0.0.1 -p "$PG_PORT" -U bench -d postgres -tAc "select count(*) from pg_tables where tablename='game_events'")" = 0 ]; then
  echo "filling PostgreSQL with $N events…" >&2
  ./playlens ingest --warehouse "$PGURL" --from "$REALDATA"/aws-pipeline/heatmap-sample-data.txt >/dev/null
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U bench -d postgres -c "$(fill_sql 'gen_random_uuid()' "generate_series(0, $N - 1) AS t(i)")"
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U bench -d postgres -c "VACUUM ANALYZE game_events"
fi

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timeit() { # label, command… → prints "label median_seconds"
  local label=$1; shift; local t=()
  for _ in $(seq "$RUNS"); do
    local s=$(date +%s.%N); "$@" >/dev/null 2>"$OUT/last.err" || { cat "$OUT/last.err" >&2; exit 1; }
    t+=("$(echo "$(date +%s.%N) - $s" | bc)")
  done
  printf '%s\t%s\n' "$label" "$(printf '%s\n' "${t[@]}" | median)"
}
HEAT=(heatmap --level "$LEVEL" --world "$WORLD" --image "$IMAGE" --bin 4)
ROLLUP=(heatmap-rollup --warehouse "$PGURL" --level "$LEVEL" --world "$WORLD")
BARE="SELECT floor((position_x - 247.245239) / 4) AS xi, floor((position_y - 492.971008) / 4) AS yi, count(*) FROM game_events WHERE level_id = '$LEVEL' AND event_type = 'player_death' GROUP BY 1, 2"

{
  echo "# $(date -u +%FT%TZ) N=$N runs=$RUNS cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
  timeit "duckdb: playlens heatmap -> PNG" ./playlens "${HEAT[@]}" --warehouse "duckdb:$DUCK" --out "$OUT/duck.png"
  timeit "duckdb: bare GROUP BY (playlens sql, csv)" ./playlens sql --warehouse "duckdb:$DUCK" --format csv "$BARE"
  # the roll-up: built once (a full scan of the level's events), then current until game_events changes
  s=$(date +%s.%N); ./playlens "${ROLLUP[@]}" >"$OUT/rollup.txt"
  printf '%s\t%s\t(%s)\n' "postgres: heatmap-rollup build (once)" "$(echo "$(date +%s.%N) - $s" | bc)" "$(cat "$OUT/rollup.txt")"
  ./playlens "${HEAT[@]}" --warehouse "$PGURL" --json | grep -q '"source" *: *"rollup"' \
    || { echo "the heatmap did not use the cell roll-up" >&2; exit 1; }
  timeit "postgres: playlens heatmap -> PNG (cell roll-up)" ./playlens "${HEAT[@]}" --warehouse "$PGURL" --out "$OUT/pg.png"
  timeit "postgres: playlens heatmap -> PNG --no-rollup (raw events)" ./playlens "${HEAT[@]}" --no-rollup --warehouse "$PGURL" --out "$OUT/pg-raw.png"
  timeit "postgres: seed-style python (pg8000+pandas+matplotlib)" "$PY" bench/heatmap/seed_style.py 127.0.0.1 "$PG_PORT" postgres bench "" "$LEVEL" "$IMAGE" "$WORLD" "$OUT/seed.png"
  echo "# finished $(date -u +%FT%TZ) load=$(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/results-$N.tsv"
