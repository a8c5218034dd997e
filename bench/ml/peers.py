"""LightGBM and scikit-learn HistGradientBoosting on the benchmark split; prints one TSV line per library.

Both use the same budget as the Java side: TREES rounds, LEAVES leaves, learning rate LR, all cores.
Usage: peers.py DATA_DIR TREES LEAVES LR
"""
import sys
import time

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

data, trees, leaves, lr = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
train = pd.read_csv(f"{data}/train.csv")
test = pd.read_csv(f"{data}/test.csv")
y_tr, y_te = train.pop("churned").to_numpy(), test.pop("churned").to_numpy()
X_tr, X_te = train.to_numpy(np.float64), test.to_numpy(np.float64)


def report(name, fit, predict):
    t0 = time.perf_counter()
    model = fit()
    t1 = time.perf_counter()
    auc = roc_auc_score(y_te, predict(model))
    print(f"{name}\t{t1 - t0:.2f}\t{auc:.4f}", flush=True)


import lightgbm as lgb

report("lightgbm " + lgb.__version__,
       lambda: lgb.LGBMClassifier(n_estimators=trees, num_leaves=leaves, learning_rate=lr, subsample=1.0,
                                  min_child_samples=20, verbose=-1, random_state=1).fit(X_tr, y_tr),
       lambda m: m.predict_proba(X_te)[:, 1])

import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier

report("sklearn-hgb " + sklearn.__version__,
       lambda: HistGradientBoostingClassifier(max_iter=trees, max_leaf_nodes=leaves, learning_rate=lr,
                                              early_stopping=False, random_state=1).fit(X_tr, y_tr),
       lambda m: m.predict_proba(X_te)[:, 1])
