#!/usr/bin/env bash
# Compiles the serve package as it was at COMMIT into DIR, for SERVE_CLASSES=DIR bench/publish/run.sh
# (the "before" of docs/benchmarks.md: COMMIT b6f8273). Needs the module compiled (run.sh does it).
set -euo pipefail
cd "$(dirname "$0")/../.."
COMMIT=${1:?COMMIT}; DIR=${2:?DIR}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
SRC=$(mktemp -d /tmp/playlens-serve-src.XXXX); trap 'rm -rf "$SRC"' EXIT
PKG=modules/publish/src/main/java/dev/playlens/publish/serve
mkdir -p "$SRC/$PKG" "$DIR"
for f in $(git ls-tree --name-only "$COMMIT" "$PKG/"); do git show "$COMMIT:$f" > "$SRC/$f"; done
mvn -B -q -o dependency:build-classpath -f modules/publish/pom.xml -Dmdep.outputFile="$SRC/cp.txt" >/dev/null
"$JAVA_HOME/bin/javac" -nowarn -d "$DIR" -cp "modules/publish/target/classes:$(cat "$SRC/cp.txt")" "$SRC/$PKG"/*.java
echo "serve classes of $COMMIT in $DIR"
