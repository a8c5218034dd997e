#!/usr/bin/env bash
# GBT benchmark: Playlens' default GBT (XGBoost4J hist) vs Smile's GradientTreeBoost (its former engine) vs
# LightGBM vs scikit-learn HistGradientBoosting, on the same synthetic split and the same budget.
# Usage: bench/ml/run.sh [N_USERS=1000000] [TREES=100] [LEAVES=31] [LR=0.1]
#   SMILE_TIMEOUT=600  seconds before the Smile run is abandoned (0 skips Smile)
# Needs the venv: python3 -m venv bench/.venv && bench/.venv/bin/pip install --no-index \
#   --find-links /opt/pypi/files numpy pandas scikit-learn lightgbm
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-1000000}; TREES=${2:-100}; LEAVES=${3:-31}; LR=${4:-0.1}
SMILE_TIMEOUT=${SMILE_TIMEOUT:-600}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
export OMP_WAIT_POLICY=PASSIVE   # no OpenMP spin-waiting on a shared machine (XGBoost, LightGBM, sklearn)
PY=bench/.venv/bin/python
DATA=bench/out/ml-$N
OUT=bench/out/ml-$N-results.tsv

mkdir -p bench/out
[ -f "$DATA/train.csv" ] || $PY bench/ml/gen_data.py "$DATA" "$N" 2024 >&2
if [ ! -d modules/ml/target/classes ]; then mvn -B -q -o install -f modules/ml/pom.xml -DskipTests >&2; fi
mvn -B -q -o dependency:build-classpath -f modules/ml/pom.xml -Dmdep.outputFile="$PWD/bench/out/ml-classpath.txt" >&2
CP="modules/ml/target/classes:$(cat bench/out/ml-classpath.txt)"
JAVA=("$JAVA_HOME/bin/java" -Xmx8g --enable-native-access=ALL-UNNAMED --class-path "$CP")

echo "# $(date -u +%FT%TZ) N=$N trees=$TREES leaves=$LEAVES lr=$LR cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)" > "$OUT"
"${JAVA[@]}" bench/ml/PlaylensGbtBench.java "$DATA" "$TREES" "$LEAVES" "$LR" 2>/dev/null >> "$OUT"
$PY bench/ml/peers.py "$DATA" "$TREES" "$LEAVES" "$LR" >> "$OUT"
if [ "$SMILE_TIMEOUT" -gt 0 ]; then
    timeout "$SMILE_TIMEOUT" "${JAVA[@]}" bench/ml/SmileGbtBench.java "$DATA" "$TREES" "$LEAVES" "$LR" 2>/dev/null >> "$OUT" \
        || echo "# smile-gbt 6.2.5: not finished within ${SMILE_TIMEOUT}s (exit $?)" >> "$OUT"
fi
echo "# finished $(date -u +%FT%TZ) load=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"

best=$(grep -v '^#' "$OUT" | sort -t$'\t' -k3 -gr | head -1 | cut -f3)
lgbm=$(grep '^lightgbm' "$OUT" | cut -f2)
grep '^#' "$OUT"
printf '%-30s %10s %8s %12s %14s\n' library train_s auc auc-vs-best time/lightgbm
grep -v '^#' "$OUT" | while IFS=$'\t' read -r name secs auc; do
    printf '%-30s %10s %8s %+12.4f %14.2f\n' "$name" "$secs" "$auc" "$(echo "$auc - $best" | bc -l)" \
        "$(echo "$secs / $lgbm" | bc -l)"
done
