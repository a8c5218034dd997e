package dev.playlens.heatmap;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.core.sql.Engine;
import dev.playlens.core.sql.HeatCells;
import dev.playlens.heatmap.sql.BoundSql;
import dev.playlens.heatmap.sql.RollupSqlBuilder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Builds, finds and drops per-level cell roll-ups (see {@link CellRollup}) on PostgreSQL. A build is one
 * transaction: a cancel or failure leaves the previous roll-up as it was.
 */
public final class CellRollupStore {

    /** What a build wrote. */
    public record BuildResult(CellRollup rollup, long cells, long events) {
    }

    /** The level's roll-up, or empty when there is none (or no roll-up table yet). One tiny query. */
    public Optional<CellRollup> find(Connection c, String levelId) throws SQLException {
        if (!tablesExist(c)) return Optional.empty();
        try (PreparedStatement st = prepare(c, RollupSqlBuilder.find(levelId)); ResultSet rs = st.executeQuery()) {
            if (!rs.next()) return Optional.empty();
            return Optional.of(new CellRollup(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                    rs.getTimestamp(5).toInstant(), rs.getBoolean(6)));
        }
    }

    /**
     * (Re)builds the level's roll-up with cells of {@code unit} anchored at (x0, y0), creating the tables and
     * the staleness trigger on game_events when missing. Commits; on cancel or failure rolls back.
     */
    public BuildResult build(Connection c, String levelId, double x0, double y0, double unit, JobContext ctx)
            throws SQLException {
        requirePostgres(c);
        if (!(unit > 0) || !Double.isFinite(unit)) throw new IllegalArgumentException("unit must be > 0, got " + unit);
        if (!Double.isFinite(x0) || !Double.isFinite(y0)) {
            throw new IllegalArgumentException("the roll-up origin must be finite: " + x0 + "," + y0);
        }
        return inTransaction(c, ctx, () -> {
            ctx.progress(0, 3, "preparing the roll-up tables");
            try (Statement st = c.createStatement()) {
                for (String ddl : RollupSqlBuilder.schema()) st.execute(ddl);
                String trigger;
                try (ResultSet rs = st.executeQuery(RollupSqlBuilder.triggerState())) {
                    trigger = rs.next() ? rs.getString(1) : null;
                }
                if (trigger == null) st.execute(RollupSqlBuilder.createTrigger());
                else if (trigger.equals("D")) st.execute(RollupSqlBuilder.enableTrigger());
                st.execute(RollupSqlBuilder.buildMemory());
            }
            update(c, RollupSqlBuilder.upsert(levelId, x0, y0, unit), ctx);
            update(c, RollupSqlBuilder.deleteCells(levelId), ctx);
            ctx.progress(1, 3, "counting " + levelId + "'s events into cells");
            update(c, RollupSqlBuilder.fillCells(levelId, x0, y0, unit), ctx);
            ctx.progress(2, 3, "marking the roll-up current");
            update(c, RollupSqlBuilder.markCurrent(levelId), ctx);
            long[] totals = new long[2];
            try (PreparedStatement st = prepare(c, RollupSqlBuilder.totals(levelId));
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                totals[0] = rs.getLong(1);
                totals[1] = rs.getLong(2);
            }
            CellRollup rollup = find(c, levelId).orElseThrow();
            ctx.progress(3, 3, "rolled up " + totals[1] + " events into " + totals[0] + " cells");
            return new BuildResult(rollup, totals[0], totals[1]);
        });
    }

    /** Removes the level's roll-up; true when there was one. The trigger stays (it is cheap and harmless). */
    public boolean drop(Connection c, String levelId, JobContext ctx) throws SQLException {
        requirePostgres(c);
        if (!tablesExist(c)) return false;
        return inTransaction(c, ctx, () -> {
            update(c, RollupSqlBuilder.deleteCells(levelId), ctx);
            return update(c, RollupSqlBuilder.deleteRollup(levelId), ctx) > 0;
        });
    }

    static boolean tablesExist(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(HeatCells.TABLES_EXIST)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void requirePostgres(Connection c) throws SQLException {
        Engine engine = Engine.of(c);
        if (engine != Engine.POSTGRESQL) {
            throw new IllegalArgumentException("the cell roll-up needs PostgreSQL (it is kept current by a trigger),"
                    + " not " + engine);
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private static <T> T inTransaction(Connection c, JobContext ctx, Work<T> work) throws SQLException {
        ctx.checkCancelled();
        boolean autoCommit = c.getAutoCommit();
        if (autoCommit) c.setAutoCommit(false);
        boolean committed = false;
        try {
            T result = work.run();
            ctx.checkCancelled();
            c.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            if (ctx.isCancelled()) throw new JobCancelledException();
            throw e;
        } finally {
            try {
                if (!committed) c.rollback();
            } finally {
                if (autoCommit) c.setAutoCommit(true);
            }
        }
    }

    private static int update(Connection c, BoundSql sql, JobContext ctx) throws SQLException {
        try (PreparedStatement st = prepare(c, sql); CancelWatch _ = new CancelWatch(st, ctx)) {
            return st.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, BoundSql sql) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql.sql());
        sql.bind(st);
        return st;
    }
}
