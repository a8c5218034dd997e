package dev.playlens.heatmap;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.core.sql.Engine;
import dev.playlens.heatmap.sql.BinDialect;
import dev.playlens.heatmap.sql.BinSqlBuilder;
import dev.playlens.heatmap.sql.BoundSql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * Runs a {@link HeatmapQuery} against the warehouse: the bins are computed there, streamed back with a
 * fetch size, put into a dense {@link BinGrid}, normalised and smoothed here. The running statement is
 * handed to {@code onStatement} (see {@link StatementCancelHook}) and is also cancelled when the job context
 * reports cancel. Read-only: a cancel or failure changes nothing in the warehouse.
 */
public final class BinQueryRunner {
    private static final int FETCH_SIZE = 10_000;

    public BinGrid run(Connection connection, Engine engine, HeatmapQuery query, JobContext ctx) throws SQLException {
        return run(connection, engine, query, ctx, statement -> { });
    }

    public BinGrid run(Connection connection, Engine engine, HeatmapQuery query, JobContext ctx,
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

        ctx.progress(step++, steps, "binning " + query.levelId() + " in the warehouse");
        double[] values = new double[layout.cellCount()];
        Tally tally = new Tally();
        execute(connection, dialect, builder.bins(query, layout), ctx, onStatement, query,
                rs -> tally.add(rs, layout, values));

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
        return grid;
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
                default -> throw new IllegalStateException("unexpected bin kind " + kind);
            }
        }
    }
}
