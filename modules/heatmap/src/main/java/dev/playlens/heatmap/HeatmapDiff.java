package dev.playlens.heatmap;

/**
 * Version set A, version set B and their difference B − A on one layout. With a normalisation the two are
 * compared per player or per session (shares of each set's own population), which is the fair comparison when
 * the sets have different numbers of players.
 */
public record HeatmapDiff(BinGrid a, BinGrid b, BinGrid difference) {
}
