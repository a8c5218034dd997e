package dev.playlens.heatmap;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.core.sql.GameEvents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a level's event types and app versions from the warehouse (two small grouped queries). */
public final class LevelFacetsQuery {

    public LevelFacets run(Connection connection, String levelId, JobContext ctx) throws SQLException {
        ctx.progress(0, 2, "event types of " + levelId);
        List<String> types = new ArrayList<>();
        long[] events = new long[1];
        query(connection, ctx, "SELECT " + GameEvents.EVENT_TYPE + ", COUNT(*) AS n FROM " + GameEvents.TABLE
                + " WHERE " + GameEvents.LEVEL_ID + " = ? GROUP BY " + GameEvents.EVENT_TYPE
                + " ORDER BY n DESC, " + GameEvents.EVENT_TYPE, levelId, rs -> {
                    types.add(rs.getString(1));
                    events[0] += rs.getLong(2);
                });
        ctx.progress(1, 2, "app versions of " + levelId);
        List<String> versions = new ArrayList<>();
        query(connection, ctx, "SELECT DISTINCT " + GameEvents.APP_VERSION + " FROM " + GameEvents.TABLE + " WHERE "
                + GameEvents.LEVEL_ID + " = ? AND " + GameEvents.APP_VERSION + " IS NOT NULL ORDER BY 1", levelId,
                rs -> versions.add(rs.getString(1)));
        ctx.progress(2, 2, types.size() + " event types, " + versions.size() + " versions");
        return new LevelFacets(levelId, types, versions, events[0]);
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, JobContext ctx, String sql, String levelId, Row row) throws SQLException {
        ctx.checkCancelled();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, levelId);
            try (CancelWatch _ = new CancelWatch(st, ctx); ResultSet rs = st.executeQuery()) {
                while (rs.next()) row.accept(rs);
            }
        } catch (SQLException e) {
            if (ctx.isCancelled()) throw new JobCancelledException();
            throw e;
        }
    }
}
