"""Writes the benchmark data once: N synthetic users x 20 features, a binary label, a fixed 80/20 split.

Features mimic per-user game telemetry (counts, durations, skewed spend, a few categorical-like integers) and
the label comes from a non-linear function with interactions, so trees have something to find.
Usage: gen_data.py OUT_DIR [N] [SEED]
"""
import os
import sys

import numpy as np
import pandas as pd

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 2024
rng = np.random.default_rng(seed)
os.makedirs(out, exist_ok=True)

f = {}
f["sessions"] = rng.poisson(8, n).astype(float)
f["active_days"] = np.minimum(f["sessions"], rng.integers(1, 15, n)).astype(float)
f["playtime_min"] = rng.gamma(2.0, 30.0, n) * (1 + f["sessions"] / 10)
f["levels_started"] = rng.poisson(12, n).astype(float)
f["levels_completed"] = np.floor(f["levels_started"] * rng.beta(5, 3, n))
f["deaths"] = rng.poisson(1 + f["levels_started"] * 0.8)
f["purchases"] = rng.poisson(0.3, n).astype(float)
f["spend"] = f["purchases"] * rng.lognormal(1.5, 0.8, n)
f["days_since_last_seen"] = rng.exponential(4, n)
f["days_since_first_seen"] = f["days_since_last_seen"] + rng.exponential(30, n)
f["friends"] = rng.poisson(2, n).astype(float)
f["platform"] = rng.integers(0, 3, n).astype(float)
f["country_tier"] = rng.integers(0, 5, n).astype(float)
f["ad_views"] = rng.poisson(5, n).astype(float)
for i in range(6):
    f[f"noise_{i}"] = rng.normal(0, 1, n)

logit = (-1.0
         + 0.25 * f["days_since_last_seen"]
         - 0.12 * f["active_days"]
         - 0.6 * np.log1p(f["spend"])
         + 0.9 * (f["deaths"] / np.maximum(f["levels_started"], 1) > 1.2)
         - 0.4 * (f["friends"] > 2) * (f["platform"] == 1)
         + 0.3 * np.sin(f["playtime_min"] / 40)
         + 0.2 * (f["country_tier"] - 2) * (f["ad_views"] > 6))
p = 1 / (1 + np.exp(-logit))
label = (rng.random(n) < p).astype(int)

df = pd.DataFrame(f)
df["churned"] = label
test = np.zeros(n, dtype=bool)
for cls in (0, 1):  # stratified 80/20 split, seeded
    idx = np.flatnonzero(label == cls)
    rng.shuffle(idx)
    test[idx[: int(round(len(idx) * 0.2))]] = True
df[~test].to_csv(os.path.join(out, "train.csv"), index=False, float_format="%.6g")
df[test].to_csv(os.path.join(out, "test.csv"), index=False, float_format="%.6g")
print(f"wrote {out}: {int((~test).sum())} train / {int(test.sum())} test rows, positive rate {label.mean():.3f}")
