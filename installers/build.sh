#!/usr/bin/env bash
# Builds Playlens' installer from what Maven copied into target/ (run by `mvn -Ppackage package`, i.e.
# `./playlens package`; do not call it by hand before that):
#   target/input/    the app jar and its non-modular class path
#   target/javafx/   JavaFX's platform jars (modular: jlink's module path)
# and writes
#   target/runtime/            the jlink runtime (JDK modules + JavaFX, stripped, zip-6, default CDS archive)
#   target/app-image/Playlens/ the jpackage app-image
#   target/installer/          the platform's installer: .deb on Linux (with an AOT cache from a training
#                              run), .msi on Windows, .dmg on macOS
# Usage: build.sh MAVEN_VERSION
#   PLAYLENS_SKIP_CDS=true         no training run (no AOT cache: faster build, slower start)
#   PLAYLENS_DEB_COMPRESSION=zstd  compress the .deb with zstd instead of xz (seconds instead of minutes)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
T="$HERE/target"
VERSION="${1:?usage: build.sh MAVEN_VERSION}"
VERSION="${VERSION%%-*}" # installers want digits only: 0.1.0-SNAPSHOT → 0.1.0
JDK="${JAVA_HOME:?JAVA_HOME must name a JDK 25}"
NAME=Playlens
MAIN_CLASS=dev.playlens.app.Main
DESCRIPTION="A desktop workbench for game analytics"

log() { printf 'installers: %s\n' "$*" >&2; }
elapsed() { printf '%ss' "$(( $(date +%s) - $1 ))"; }

case "$(uname -s)" in
  Linux) PLATFORM=linux; INSTALLER_TYPE=deb ;;
  Darwin) PLATFORM=macos; INSTALLER_TYPE=dmg ;;
  MINGW* | MSYS* | CYGWIN*) PLATFORM=windows; INSTALLER_TYPE=msi ;;
  *) log "unsupported system $(uname -s)"; exit 2 ;;
esac

# JDK modules the app and its libraries use (jdeps --print-module-deps over the class path, plus what
# libraries load reflectively: JNDI/SASL/GSS for the JDBC drivers, zipfs, charsets, locales), and JavaFX.
JDK_MODULES=java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.net.http
JDK_MODULES+=,java.prefs,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa
JDK_MODULES+=,java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.ec,jdk.httpserver,jdk.jfr,jdk.localedata
JDK_MODULES+=,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs
FX_MODULES=javafx.base,javafx.graphics,javafx.controls,javafx.swing
LOCALES=en,de,fr,es,it,pt,nl,sv,pl,ru,ja,ko,zh

# Launcher JVM options. Heap as a share of RAM; native access for JavaFX (a named module in the
# runtime) and for the class path (DuckDB, XGBoost, Smile); Unsafe for Netty and Kryo without warnings;
# JVM warnings on stderr, never mixed into a command's --json output on stdout.
JAVA_OPTIONS=(
  -XX:MaxRAMPercentage=50
  -Xlog:disable
  -Xlog:all=warning:stderr
  --enable-native-access=javafx.graphics,ALL-UNNAMED
  --sun-misc-unsafe-memory-access=allow
)

main_jar() {
  local jar
  jar="$(cd "$T/input" && ls playlens-app-*.jar 2>/dev/null | head -1)"
  [ -n "$jar" ] || { log "no playlens-app jar in $T/input: run mvn -Ppackage package"; exit 1; }
  printf '%s' "$jar"
}

link_runtime() {
  local start; start=$(date +%s)
  rm -rf "$T/runtime"
  # Without a jmods folder (Temurin 25 ships none) jlink links from the JDK's own run-time image (JEP 493).
  "$JDK/bin/jlink" --module-path "$T/javafx" --add-modules "$JDK_MODULES,$FX_MODULES" \
    --include-locales="$LOCALES" --strip-debug --no-header-files --no-man-pages --compress=zip-6 \
    --generate-cds-archive --output "$T/runtime"
  log "runtime linked in $(elapsed "$start"): $(du -sh "$T/runtime" | cut -f1)"
}

# DuckDB and XGBoost carry their native library for every platform (~200 MB unpacked); keep this one's.
# DuckDB's goes beside its jar, where DuckDB finds it when the jar has none: otherwise every start would
# inflate 70 MB into a temp file before the first window.
prepare_natives() {
  command -v zip >/dev/null 2>&1 || { log "zip not found: installer keeps every platform's natives"; return 0; }
  local duck xgb keep_duck keep_xgb
  case "$PLATFORM-$(uname -m)" in
    linux-x86_64) keep_duck=libduckdb_java.so_linux_amd64; keep_xgb=lib/linux/x86_64 ;;
    linux-aarch64) keep_duck=libduckdb_java.so_linux_arm64; keep_xgb=lib/linux/aarch64 ;;
    *) return 0 ;;
  esac
  duck="$(ls "$T"/input/duckdb_jdbc-*.jar 2>/dev/null | head -1)"
  if [ -n "$duck" ] && unzip -Z1 "$duck" 'libduckdb_java.so_*' >/dev/null 2>&1; then
    if unzip -Z1 "$duck" "$keep_duck" >/dev/null 2>&1; then unzip -q -o "$duck" "$keep_duck" -d "$T/input"; fi
    zip -q -d "$duck" 'libduckdb_java.so_*'
  fi
  xgb="$(ls "$T"/input/xgboost4j_*.jar 2>/dev/null | head -1)"
  if [ -n "$xgb" ]; then
    unzip -Z1 "$xgb" 'lib/*' | { grep -E '\.(so|dll|dylib)$' || true; } | { grep -v "^$keep_xgb/" || true; } | xargs -r zip -q -d "$xgb"
  fi
}

app_image() {
  local start icon opts=(); start=$(date +%s)
  rm -rf "$T/app-image"
  for o in "${JAVA_OPTIONS[@]}"; do opts+=(--java-options "$o"); done
  case "$PLATFORM" in
    linux) icon="$HERE/linux/playlens.png" ;;
    macos) icon="$HERE/macos/playlens.icns" ;;
    windows) icon="$HERE/windows/playlens.ico" ;;
  esac
  "$JDK/bin/jpackage" --type app-image --name "$NAME" --dest "$T/app-image" \
    --input "$T/input" --main-jar "$(main_jar)" --main-class "$MAIN_CLASS" \
    --runtime-image "$T/runtime" --app-version "$VERSION" --vendor "Playlens" \
    --description "$DESCRIPTION" --copyright "Playlens contributors" --icon "$icon" "${opts[@]}"
  log "app-image in $(elapsed "$start")"
}

# The launcher's configuration file: lib/app/Playlens.cfg (Linux), Contents/app (macOS), app\ (Windows).
launcher_cfg() { # $1 = the installed tree (app-image or unpacked package)
  find "$1" -name "$NAME.cfg" -path '*app*' | head -1
}

launcher_bin() { # $1 = the installed tree
  find "$1" \( -path "*/bin/$NAME" -o -path "*/MacOS/$NAME" -o -name "$NAME.exe" \) -type f | head -1
}

# An ahead-of-time cache (JEP 483/514: classes loaded and linked, method profiles) from one training run:
# open the demo, render its heatmap, exit. The JVM checks the class path jars' size and modification time
# against the cache, so the run happens on the tree exactly as the package installs it; $APPDIR keeps
# the cache valid wherever that tree lands.
aot_training_run() { # $1 = the installed tree
  local cfg start wrap=() cache='$APPDIR/playlens.aot' runlog="$T/training/run.log"
  if [ "${PLAYLENS_SKIP_CDS:-false}" = true ]; then log "AOT training run skipped"; return 0; fi
  if [ "$PLATFORM" = linux ] && [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null 2>&1 || { log "no display and no xvfb-run: no AOT cache"; return 0; }
    wrap=(xvfb-run -a -s "-screen 0 1600x1000x24")
  fi
  start=$(date +%s)
  cfg="$(launcher_cfg "$1")"
  rm -rf "$T/training"
  mkdir -p "$T/training"
  sed -i "/^\[JavaOptions\]/a java-options=-XX:AOTCacheOutput=$cache" "$cfg"
  if ! PLAYLENS_DATA_DIR="$T/training" "${wrap[@]}" timeout 900 "$(launcher_bin "$1")" --screenshot "$T/training/window.png" \
      >"$runlog" 2>&1; then
    cat "$runlog" >&2
    log "AOT training run failed (log above)"
    exit 1
  fi
  sed -i "s|^java-options=-XX:AOTCacheOutput=.*|java-options=-XX:AOTCache=$cache|" "$cfg"
  rm -rf "$T/training/demo"
  log "AOT cache from a training run in $(elapsed "$start"): $(du -h "$(dirname "$cfg")/playlens.aot" | cut -f1)"
}

# jpackage builds the .deb (uncompressed, it is reopened); the training run then happens on its unpacked
# tree, whose file times the installed files keep, and dpkg-deb packs the tree again, compressed.
linux_installer() {
  local start raw deb root; start=$(date +%s)
  DPKG_DEB_COMPRESSOR_TYPE=none "$JDK/bin/jpackage" --type deb --app-image "$T/app-image/$NAME" \
    --name "$NAME" --dest "$T/jpackage" --app-version "$VERSION" --vendor "Playlens" \
    --description "$DESCRIPTION" --copyright "Playlens contributors" --about-url https://playlens.dev \
    --icon "$HERE/linux/playlens.png" --linux-package-name playlens --linux-package-deps libgtk-3-0 \
    --linux-shortcut --linux-menu-group "Development;Science;" --linux-app-category science \
    --linux-deb-maintainer playlens@playlens.dev \
    --file-associations "$HERE/linux/workspace-file.properties" --resource-dir "$HERE/linux" --install-dir /opt
  raw="$(ls "$T"/jpackage/*.deb | head -1)"
  log "jpackage .deb in $(elapsed "$start")"
  root="$T/deb-root"
  rm -rf "$root"
  dpkg-deb -R "$raw" "$root"
  aot_training_run "$root/opt/playlens"
  sed -i "s/^Installed-Size: .*/Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)/" "$root/DEBIAN/control"
  start=$(date +%s)
  mkdir -p "$T/installer"
  deb="$T/installer/$(basename "$raw")"
  # xz by default (every dpkg reads it); PLAYLENS_DEB_COMPRESSION=zstd packs in seconds (CI smoke test).
  fakeroot dpkg-deb --root-owner-group -Z"${PLAYLENS_DEB_COMPRESSION:-xz}" -b "$root" "$deb" >/dev/null
  log "compressed .deb (${PLAYLENS_DEB_COMPRESSION:-xz}) in $(elapsed "$start")"
}

# .msi and .dmg: built on their own systems (installers/README.md); no training run there yet.
other_installer() {
  local args=()
  case "$PLATFORM" in
    macos) args=(--type dmg --app-image "$T/app-image/$NAME.app" --mac-package-identifier dev.playlens.app
                 --file-associations "$HERE/macos/workspace-file.properties") ;;
    windows) args=(--type msi --app-image "$T/app-image/$NAME" --win-menu --win-menu-group Playlens
                   --win-shortcut --win-dir-chooser --win-upgrade-uuid 3f0c6f0e-5a8e-4a4b-9b8e-6c1a2f5d7e41
                   --file-associations "$HERE/windows/workspace-file.properties") ;;
  esac
  "$JDK/bin/jpackage" "${args[@]}" --name "$NAME" --dest "$T/installer" --app-version "$VERSION" \
    --vendor "Playlens" --description "$DESCRIPTION" --copyright "Playlens contributors" \
    --about-url https://playlens.dev
}

total=$(date +%s)
link_runtime
prepare_natives
app_image
rm -rf "$T/jpackage" "$T/installer"
if [ "$PLATFORM" = linux ]; then linux_installer; else other_installer; fi
log "done in $(elapsed "$total"): $(du -h "$T"/installer/* | tr '\t' ' ')"
