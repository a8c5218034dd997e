#!/usr/bin/env bash
# S3→Blob and S3→local disk through Playlens vs `aws s3 cp --recursive` S3→local disk, same S3Proxy, one run;
# and local disk→Blob through Playlens vs Azure's own JavaScript SDK (azure-sdk-upload.mjs), same Azurite.
# Usage: bench/storage/run.sh [MB=1024] [SMALL_OBJECTS=1000] [PARALLEL=8] [ROUNDS=3]  (the median round is reported)
# Starts S3Proxy + Azurite itself (through the test harness); needs awscli (apt-get install -y awscli) and
# Node.js + npm (the SDK is installed into bench/storage/node_modules from package-lock.json on the first run).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
MB="${1:-1024}"; SMALL="${2:-1000}"; PARALLEL="${3:-8}"; ROUNDS="${4:-3}"
[ -d bench/storage/node_modules/@azure/storage-blob ] || npm ci --prefix bench/storage --no-audit --no-fund
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -B -q -o test -f modules/storage/pom.xml -Dtest=StorageBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.mb="$MB" -Dbench.small="$SMALL" -Dbench.parallel="$PARALLEL" -Dbench.rounds="$ROUNDS" \
    -Dbench.sdkScript="$PWD/bench/storage/azure-sdk-upload.mjs"
cat modules/storage/target/bench-storage.md
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
