package dev.playlens.heatmap;

/** A heatmap's grid and where its bins were counted. */
public record BinnedGrid(BinGrid grid, BinSource source) {
}
