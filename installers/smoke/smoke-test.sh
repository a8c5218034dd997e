#!/usr/bin/env bash
# Smoke test of the Linux installer, as CI runs it: unpack the .deb with dpkg-deb -x into a temp folder
# (no root, nothing installed), check its metadata, start its launcher under Xvfb with --screenshot on a
# fresh data folder (so it generates the demo workspace) and check the PNG shows the main window with the
# demo heatmap; open the workspace again through a .playlens file (the file association's path); then
# run one command through the same launcher (DuckDB's native library, clean --json).
# Usage: installers/smoke/smoke-test.sh [PACKAGE.deb]   (default: installers/target/installer/*.deb)
# Leaves the screenshot in installers/target/smoke/window.png.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TARGET="$HERE/../target"
DEB="${1:-$(ls "$TARGET"/installer/*.deb 2>/dev/null | head -1)}"
[ -f "$DEB" ] || { echo "smoke-test: no .deb (build it: ./playlens package)" >&2; exit 2; }
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

log() { printf 'smoke-test: %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
root="$TMP/root"
dpkg-deb -x "$DEB" "$root"
app="$root/opt/playlens"
launcher="$app/bin/Playlens"

# Package metadata: GTK named explicitly, desktop entry with the file association, icon, AOT cache.
depends="$(dpkg-deb -f "$DEB" Depends)"
[[ "$depends" == *libgtk-3-0* ]] || fail "Depends lacks libgtk-3-0: $depends"
desktop="$app/lib/playlens-Playlens.desktop"
grep -q '^Exec=/opt/playlens/bin/Playlens %f$' "$desktop" || fail "desktop entry does not pass the file: $(grep Exec "$desktop")"
grep -q '^MimeType=application/x-playlens-workspace' "$desktop" || fail "desktop entry has no workspace MIME type"
grep -q 'pattern="\*\.playlens"' "$app/lib/playlens-Playlens-MimeInfo.xml" || fail "no *.playlens MIME glob"
[ -s "$app/lib/Playlens.png" ] || fail "no icon"
[ -x "$launcher" ] || fail "no launcher at $launcher"
grep -q '^java-options=-XX:AOTCache=' "$app/lib/app/Playlens.cfg" || log "note: no AOT cache in this package"

# First start on a fresh data folder: generates the demo workspace, renders its heatmap, saves the window.
wrap=()
if [ -z "${DISPLAY:-}" ]; then wrap=(xvfb-run -a -s "-screen 0 1600x1000x24"); fi
start=$(date +%s%N)
PLAYLENS_DATA_DIR="$TMP/data" timeout 600 "${wrap[@]}" "$launcher" --screenshot "$TMP/window.png" \
  >"$TMP/run.log" 2>&1 || { cat "$TMP/run.log" >&2; fail "the launcher exited with an error (log above)"; }
log "first start with demo generation and screenshot: $(( ($(date +%s%N) - start) / 1000000 )) ms"
mkdir -p "$TARGET/smoke"
cp "$TMP/window.png" "$TARGET/smoke/window.png"
"$JAVA" "$HERE/ScreenshotCheck.java" "$TMP/window.png" || fail "screenshot check ($TARGET/smoke/window.png)"

# The file association's path: the desktop starts the launcher with a .playlens file as its argument.
touch "$TMP/data/demo/Demo.playlens"
"${wrap[@]}" timeout 300 "$launcher" "$TMP/data/demo/Demo.playlens" --screenshot "$TMP/opened.png" \
  >"$TMP/open.log" 2>&1 || { cat "$TMP/open.log" >&2; fail "opening a .playlens file"; }
"$JAVA" "$HERE/ScreenshotCheck.java" "$TMP/opened.png" >/dev/null || fail "screenshot after opening a .playlens file"
log "a .playlens file opens its workspace"

# The installed launcher is the command line too: DuckDB's native library loads, stdout is pure JSON.
json="$("$launcher" sql --warehouse "duckdb:$TMP/data/demo/warehouse.duckdb" --format json \
  "select count(*) as events from game_events")" || fail "sql command through the launcher"
[[ "$json" =~ ^\{.*\"rows\":\[\{\"events\":[1-9][0-9]*\}\].*\}$ ]] || fail "unexpected sql --json output: $json"
log "sql through the launcher: $json"
log "passed ($(basename "$DEB"))"
