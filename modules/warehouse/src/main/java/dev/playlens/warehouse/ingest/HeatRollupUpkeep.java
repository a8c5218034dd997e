package dev.playlens.warehouse.ingest;

import dev.playlens.core.sql.Engine;
import dev.playlens.core.sql.HeatCells;
import dev.playlens.warehouse.Dialect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the heatmaps' per-level cell roll-ups ({@code playlens_heat_rollups} / {@code playlens_heat_cells}, built
 * by {@code playlens heatmap-rollup}) current across a PostgreSQL load, inside the load's transaction: the
 * roll-ups that are current when it starts are locked, the merge adds exactly the rows it inserted to their
 * cells, and they are marked current again after the game_events trigger marked every roll-up stale. Stale
 * roll-ups stay stale. Tables and cell formula: {@link HeatCells}, the same the build uses.
 */
final class HeatRollupUpkeep {
    private static final String ROLLUPS = HeatCells.ROLLUPS;
    private static final String CELLS = HeatCells.CELLS;

    private final List<String> levels;

    private HeatRollupUpkeep(List<String> levels) {
        this.levels = levels;
    }

    /** Locks the current roll-ups (call inside the load's transaction, before the merge). */
    static HeatRollupUpkeep lockCurrent(Connection c, Dialect dialect) throws SQLException {
        List<String> levels = new ArrayList<>();
        if (dialect.engine() != Engine.POSTGRESQL || !tableExists(c)) return new HeatRollupUpkeep(levels);
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT level_id FROM " + ROLLUPS + " WHERE NOT stale ORDER BY level_id"
                     + " FOR UPDATE")) {
            while (rs.next()) levels.add(rs.getString(1));
        }
        return new HeatRollupUpkeep(levels);
    }

    /** Runs the merge (an INSERT … ON CONFLICT DO NOTHING into game_events); returns the rows it inserted. */
    long merge(Connection c, String mergeSql) throws SQLException {
        if (levels.isEmpty()) {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate(mergeSql);
            }
        }
        String sql = "WITH ins AS (" + mergeSql + " RETURNING level_id, event_type, app_version, position_x, position_y,"
                + " session_id), added AS (" + HeatCells.insertCells("SELECT i.level_id, i.event_type, i.app_version,"
                + " i.session_id, " + cell("i.position_x", "r.x0") + " AS cx, " + cell("i.position_y", "r.y0")
                + " AS cy FROM ins i JOIN " + ROLLUPS + " r ON r.level_id = i.level_id WHERE r.level_id = ANY(?)"
                + " AND i.event_type IS NOT NULL")
                + " ON CONFLICT (level_id, event_type, app_version, no_version, cx, cy) DO UPDATE SET"
                + " events = " + CELLS + ".events + excluded.events,"
                + " no_session = " + CELLS + ".no_session + excluded.no_session)"
                + " SELECT count(*) FROM ins";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 0;
            for (int axis = 0; axis < 2; axis++) {
                for (long v : HeatCells.cellKeyParameters()) ps.setLong(++i, v);
            }
            ps.setArray(++i, levelArray(c));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** After the merge: the locked roll-ups now hold the inserted rows too (the trigger marked them stale). */
    void markCurrent(Connection c) throws SQLException {
        if (levels.isEmpty()) return;
        String sql = "UPDATE " + ROLLUPS + " SET stale = false WHERE level_id = ANY(?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, levelArray(c));
            ps.executeUpdate();
        }
    }

    private Array levelArray(Connection c) throws SQLException {
        return c.createArrayOf("text", levels.toArray());
    }

    /** The cell index of an inserted row on its level's lattice. */
    private static String cell(String column, String origin) {
        return HeatCells.cellKey("i.position_x", "i.position_y", column, origin, "r.unit");
    }

    private static boolean tableExists(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(HeatCells.TABLES_EXIST)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
