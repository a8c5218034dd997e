#!/usr/bin/env bash
# The class-path launcher as README users run it: ./playlens builds if needed, trains its start-up cache
# (app/target/playlens.aot) and runs a command on DuckDB — whose native library must load in place beside its
# jar, not be inflated into the temp folder on every start.
set -euo pipefail
cd "$(dirname "$0")/.."
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
fail() { echo "launcher smoke test: $*" >&2; exit 1; }

out="$(./playlens sql --warehouse "duckdb:$T/w.duckdb" --format csv \
  "SELECT 6 * 7 AS answer" 2>"$T/err")" || { cat "$T/err" >&2; fail "the sql command failed"; }
[ "$out" = "$(printf 'answer\n42')" ] || fail "unexpected output: $out"
[ -f app/target/playlens.aot ] || { cat "$T/err" >&2; fail "no start-up cache (app/target/playlens.aot)"; }
# DuckDB unpacks its library into a temp file whenever its jar carries one; it must find it beside the jar instead.
ls app/target/lib/libduckdb_java.so_* >/dev/null 2>&1 || fail "DuckDB's native library is not beside its jar"
for jar in app/target/lib/duckdb_jdbc-*.jar; do
  if unzip -Z1 "$jar" | grep -q '^libduckdb_java'; then fail "$jar still carries native libraries"; fi
done
echo "launcher smoke test: ok (start-up cache $(du -h app/target/playlens.aot | cut -f1), DuckDB loaded in place)"
