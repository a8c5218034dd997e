#!/usr/bin/env bash
# Packaging benchmark: time to first frame and resident memory of the installed app (the .deb unpacked with
# dpkg-deb -x: the same files, launcher and AOT cache as after dpkg -i) against the class-path start from
# the build (./playlens's java command line), plus installer and runtime sizes.
#   bench/packaging/run.sh [RUNS]      (default 5; needs ./playlens package and the app built)
# First frame = the Playlens window is mapped and viewable on the X server (polled every 10 ms), measured
# from the process start, with the demo workspace already generated; also the CPU time the process used
# until then (steadier than wall time on a shared machine). Resident memory = VmRSS of the JVM
# 10 s after the window appeared (the demo heatmap has rendered by then). Prints a Markdown table.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-5}"
DEB="$(ls "$ROOT"/installers/target/installer/*.deb | head -1)"
JDK="${JAVA_HOME:-$(ls -d /usr/lib/jvm/*25* | head -1)}"
BUILD="$ROOT/app/target"
[ -f "$BUILD/playlens-app.jar" ] || { echo "build the app first (./playlens --help)" >&2; exit 2; }
for tool in Xvfb xwininfo; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done

TMP="$(mktemp -d)"
XVFB_PID=""
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

display=:$(( 90 + RANDOM % 100 ))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY="$display"
sleep 1

dpkg-deb -x "$DEB" "$TMP/root"
APP="$TMP/root/opt/playlens"
CFG="$APP/lib/app/Playlens.cfg"
export PLAYLENS_DATA_DIR="$TMP/data"

window_viewable() {
  local id
  for id in $(xwininfo -root -tree 2>/dev/null | awk '/"Playlens/ {print $1}'); do
    xwininfo -id "$id" 2>/dev/null | grep -q 'IsViewable' && return 0
  done
  return 1
}

# CPU time (user + system) the process has used so far, in ms: on a loaded machine it varies far less
# than the wall time.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"; }

# One start: prints "first_frame_ms cpu_ms rss_mib". $@ = the command.
measure() {
  local start pid ms cpu rss
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  until window_viewable; do
    kill -0 "$pid" 2>/dev/null || { echo "the app exited before showing a window" >&2; return 1; }
    sleep 0.01
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu=$(cpu_ms "$pid")
  sleep 10
  rss=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status")
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  while window_viewable; do sleep 0.05; done
  echo "$ms $cpu $rss"
}

installed() { exec "$APP/bin/Playlens"; }
classpath() {
  exec "$JDK/bin/java" --enable-native-access=ALL-UNNAMED -XX:+UseZGC -XX:MaxRAMPercentage=50 \
    -cp "$BUILD/playlens-app.jar:$BUILD/lib/*" dev.playlens.app.Main
}
installed_without_aot() {
  sed -i 's/^java-options=-XX:AOTCache=/#&/' "$CFG"
  exec "$APP/bin/Playlens"
}

# Generates the demo workspace once (not timed), so every timed start opens it directly.
"$APP/bin/Playlens" --screenshot "$TMP/first.png" >/dev/null 2>&1

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

declare -A frames cpus rss
for variant in installed classpath installed_without_aot; do
  for _ in $(seq "$RUNS"); do
    read -r ms cpu mib < <(measure "$variant")
    frames[$variant]+="$ms "
    cpus[$variant]+="$cpu "
    rss[$variant]+="$mib "
  done
  sed -i 's/^#\(java-options=-XX:AOTCache=\)/\1/' "$CFG"
done

deb_mib=$(du -m "$DEB" | cut -f1)
runtime_mib=$(du -sm "$APP/lib/runtime" | cut -f1)
installed_mib=$(du -sm "$APP" | cut -f1)
aot_mib=$(du -m "$APP/lib/app/playlens.aot" 2>/dev/null | cut -f1 || echo 0)
classpath_mib=$(du -smc "$BUILD/playlens-app.jar" "$BUILD/lib" | tail -1 | cut -f1)

row() { # variant label
  local f c r
  f=$(tr ' ' '\n' <<<"${frames[$1]}" | grep . | median)
  c=$(tr ' ' '\n' <<<"${cpus[$1]}" | grep . | median)
  r=$(tr ' ' '\n' <<<"${rss[$1]}" | grep . | median)
  printf '| %s | %s ms (%s) | %s ms | %s MiB |\n' "$2" "$f" "$(xargs <<<"${frames[$1]}")" "$c" "$r"
}
echo "$(date -u +%F), load $(cut -d' ' -f1-3 /proc/loadavg), $RUNS runs each, median (all runs in brackets)"
echo
echo "| start | first frame (wall) | CPU time to first frame | resident memory after opening the demo |"
echo "|---|---:|---:|---:|"
row installed "installed app (jlink runtime + AOT cache)"
row installed_without_aot "installed app without the AOT cache"
row classpath "class-path start from the build (./playlens's java command)"
echo
echo "| size | MiB |"
echo "|---|---:|"
echo "| installer $(basename "$DEB") | $deb_mib |"
echo "| installed (/opt/playlens) | $installed_mib |"
echo "| of which jlink runtime (lib/runtime) | $runtime_mib |"
echo "| of which AOT cache (lib/app/playlens.aot) | $aot_mib |"
echo "| class path from the build (app jar + lib/, a JDK needed besides) | $classpath_mib |"
