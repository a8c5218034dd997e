package dev.playlens.warehouse.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * One source file turned into a staging file: its counts, its rejects in line order, and the event ids
 * of its accepted rows in line order ({@code ids} holds msb, lsb pairs; {@code seqs} the matching sequence
 * numbers) so the loader can find in-batch duplicates in file order.
 */
record StagedFile(SourceFile source, Path staging, long read, List<Reject> rejects, long[] ids, long[] seqs, int accepted) {
}
