"""The seed pipeline's heatmap script, as it worked: pull FLOOR(x), FLOOR(y), COUNT(*) from the warehouse with
pg8000 (SQL built by string formatting), hexbin it with pandas/matplotlib using reduce=max, overlay the level
image, save a PNG. Used only as the benchmark peer of `playlens heatmap` on PostgreSQL.
usage: seed_style.py HOST PORT DB USER PASSWORD LEVEL IMAGE X0,Y0,X1,Y1 OUT.png"""
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.image as mpimg
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pg8000.native

host, port, db, user, password, level, image, world, out = sys.argv[1:10]
x0, y0, x1, y1 = (float(v) for v in world.split(","))

con = pg8000.native.Connection(user, host=host, port=int(port), database=db, password=password)
rows = con.run("SELECT FLOOR(position_x), FLOOR(position_y), COUNT(*) FROM game_events "
               "WHERE level_id = '%s' AND event_type = 'player_death' GROUP BY 1, 2" % level)
con.close()
df = pd.DataFrame(rows, columns=["x", "y", "count"]).astype(float)

img = mpimg.imread(image)
fig, ax = plt.subplots(figsize=(img.shape[1] / 100, img.shape[0] / 100), dpi=100)
ax.imshow(img, extent=[x0, x1, y1, y0])
hb = ax.hexbin(df["x"], df["y"], C=df["count"], reduce_C_function=np.max, gridsize=64, cmap="inferno",
               alpha=0.7, extent=[x0, x1, y0, y1], mincnt=1)
ax.set_xlim(x0, x1)
ax.set_ylim(y1, y0)
fig.colorbar(hb, ax=ax)
fig.savefig(out)
print(len(df), "cells", file=sys.stderr)
