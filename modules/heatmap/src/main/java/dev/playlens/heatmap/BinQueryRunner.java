package dev.playlens.heatmap;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.core.sql.Engine;
import dev.playlens.heatmap.sql.BinDialect;
import dev.playlens.heatmap.sql.BinSqlBuilder;
import dev.playlens.heatmap.sql.BoundSql;
import dev.playlens.heatmap.sql.RollupSqlBuilder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs a {@link HeatmapQuery} against the warehouse: the bins are computed there, streamed back with a
 * fetch size, put into a dense {@link BinGrid}, normalised and smoothed here. The running statement is
 * handed to {@code onStatement} (see {@link StatementCancelHook}) and is also cancelled when the job context
 * reports cancel. Read-only: a cancel or failure changes nothing in the warehouse.
 *
 * <p>On PostgreSQL a query the level's current {@link CellRollup} can answer exactly (see
 * {@link CellRollup#latticeOf}) is binned from the roll-up's cells instead of the raw events: same grid, same
 * stats, without scanning the level's events.
 */
public final class BinQueryRunner {
    private static final int FETCH_SIZE = 10_000;

    private final boolean useRollup;

    /** Uses a level's cell roll-up when it can answer the query exactly. */
    public BinQueryRunner() {
        this(true);
    }

    /** @param useRollup false to always bin the raw events (for comparisons) */
    public BinQueryRunner(boolean useRollup) {
        this.useRollup = useRollup;
    }

    public BinGrid run(Connection connection, Engine engine, HeatmapQuery query, JobContext ctx) throws SQLException {
        return run(connection, engine, query, ctx, statement -> { });
    }

    public BinGrid run(Connection connection, Engine engine, HeatmapQuery query, JobContext ctx,
                       Consumer<Statement> onStatement) throws SQLException {
        return runWithSource(connection, engine, query, ctx, onStatement).grid();
    }

    /** Like {@link #run}, and tells whether the bins came from the cell roll-up or the raw events. */
    public BinnedGrid runWithSource(Connection connection, Engine engine, HeatmapQuery query, JobContext ctx,
                                    Consumer<Statement> onStatement) throws SQLException {
        BinLayout layout = BinLayout.of(query);
        BinDialect dialect = BinDialect.of(engine);
        BinSqlBuilder builder = new BinSqlBuilder(dialect);
        boolean normalised = query.normalization() != Normalization.NONE;
        int steps = normalised ? 3 : 2;
        int step = 0;
        ctx.checkCancelled();

        long population = 0;
        if (normalised) {
            ctx.progress(step++, steps, "counting the level's players and sessions");
            long[] counts = new long[2];
            execute(connection, dialect, builder.population(query), ctx, onStatement, query, rs -> {
                counts[0] = rs.getLong(1);
                counts[1] = rs.getLong(2);
            });
            population = query.normalization() == Normalization.PER_PLAYER ? counts[0] : counts[1];
        }

        double[] values = new double[layout.cellCount()];
        Tally tally = null;
        BinSource source = BinSource.EVENTS;
        Optional<BoundSql> fromCells = useRollup && dialect == BinDialect.POSTGRESQL
                ? rollupBins(connection, query, layout) : Optional.empty();
        if (fromCells.isPresent()) {
            ctx.progress(step, steps, "binning " + query.levelId() + " from the cell roll-up");
            Tally cells = new Tally();
            execute(connection, dialect, fromCells.get(), ctx, onStatement, query, rs -> cells.add(rs, layout, values));
            if (cells.rollupCurrent) {
                tally = cells;
                source = BinSource.ROLLUP;
            } else { // went stale since the look-up: count the raw events after all
                Arrays.fill(values, 0);
            }
        }
        if (tally == null) {
            ctx.progress(step, steps, "binning " + query.levelId() + " in the warehouse");
            Tally raw = new Tally();
            execute(connection, dialect, builder.bins(query, layout), ctx, onStatement, query,
                    rs -> raw.add(rs, layout, values));
            tally = raw;
        }
        step++;

        if (normalised) {
            double factor = population > 0 ? 100.0 / population : 0;
            for (int i = 0; i < values.length; i++) values[i] *= factor;
        }
        BinStats stats = new BinStats(tally.matched, tally.binned, tally.outside, tally.withoutPosition,
                tally.withoutSession, population);
        BinGrid grid = new BinGrid(layout, values, stats, Units.of(query), 0, false);
        if (query.smoothingSigma() > 0) {
            ctx.checkCancelled();
            ctx.progress(step, steps, "smoothing");
            grid = grid.smoothed(query.smoothingSigma());
        }
        ctx.progress(steps, steps, "binned " + stats.binnedEvents() + " events into " + grid.nonZeroCount() + " bins");
        return new BinnedGrid(grid, source);
    }

    /** The roll-up bins query when the level has a current roll-up that answers {@code query} exactly. */
    private static Optional<BoundSql> rollupBins(Connection c, HeatmapQuery query, BinLayout layout)
            throws SQLException {
        if (query.normalization() != Normalization.NONE || query.shape() != BinShape.SQUARE
                || query.reduce() != Reduce.SUM || query.from() != null || query.to() != null) {
            return Optional.empty(); // never answerable from cells: skip the look-up
        }
        Optional<CellRollup> rollup = new CellRollupStore().find(c, query.levelId());
        return rollup.flatMap(r -> r.latticeOf(query, layout).map(l -> RollupSqlBuilder.bins(query, r, l)));
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static void execute(Connection c, BinDialect dialect, BoundSql sql, JobContext ctx,
                                Consumer<Statement> onStatement, HeatmapQuery query, RowHandler handler)
            throws SQLException {
        boolean ownTransaction = dialect.streamsOnlyInTransaction() && c.getAutoCommit();
        if (ownTransaction) c.setAutoCommit(false);
        try (PreparedStatement st = c.prepareStatement(sql.sql())) {
            try {
                st.setFetchSize(FETCH_SIZE);
            } catch (SQLFeatureNotSupportedException ignored) {
                // the driver streams (or buffers) on its own terms
            }
            sql.bind(st);
            onStatement.accept(st);
            try (CancelWatch _ = new CancelWatch(st, ctx); ResultSet rs = st.executeQuery()) {
                long rows = 0;
                while (rs.next()) {
                    handler.row(rs);
                    if (++rows % FETCH_SIZE == 0) {
                        ctx.checkCancelled();
                    }
                }
            }
        } catch (SQLException e) {
            if (ctx.isCancelled()) throw new JobCancelledException();
            throw new SQLException("heatmap query for level '" + query.levelId() + "' failed: " + e.getMessage(),
                    e.getSQLState(), e);
        } finally {
            if (ownTransaction) {
                try {
                    c.rollback();
                } finally {
                    c.setAutoCommit(true);
                }
            }
        }
        ctx.checkCancelled();
    }

    /** Adds up the result rows by kind; see {@link BinSqlBuilder} for the columns. */
    private static final class Tally {
        long matched;
        long binned;
        long outside;
        long withoutPosition;
        long withoutSession;
        /** Set by the roll-up query's kind-3 row: the roll-up was current in the query's snapshot. */
        boolean rollupCurrent;

        void add(ResultSet rs, BinLayout layout, double[] values) throws SQLException {
            int kind = rs.getInt("kind");
            long events = rs.getLong("events");
            matched += events;
            switch (kind) {
                case 0 -> {
                    int cell = layout.cellOfKey(rs.getLong("bin_x"), rs.getLong("bin_y"));
                    if (cell < 0) {
                        // only possible for a point within rounding of the viewport's far edge
                        outside += events;
                        return;
                    }
                    values[cell] += rs.getDouble("bin_value");
                    binned += events;
                    withoutSession += rs.getLong("no_session");
                }
                case 1 -> outside += events;
                case 2 -> withoutPosition += events;
                case 3 -> rollupCurrent = true;
                default -> throw new IllegalStateException("unexpected bin kind " + kind);
            }
        }
    }
}
