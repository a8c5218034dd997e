package dev.playlens.warehouse.ingest;

import dev.playlens.warehouse.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The record of loaded source objects, kept as table {@value Dialect#LOAD_JOURNAL_TABLE} inside the
 * warehouse itself. {@link TelemetryLoader} writes it in the same transaction as the merge of the rows, so
 * a file is recorded as loaded exactly when its rows are in {@code game_events}. A file is loaded again
 * when its size or etag differs from the journal (de-duplication keeps that exact).
 */
public final class LoadJournal {
    private static final String TABLE = Dialect.LOAD_JOURNAL_TABLE;
    private static final DateTimeFormatter SQL_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    /** One loaded object. {@code loadedAt} is UTC. */
    public record Entry(String key, long size, String etag, Instant loadedAt, long linesRead, long rejected) {
    }

    /** Creates the journal table when missing. */
    public void ensureTable(Connection c, Dialect dialect) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(dialect.createLoadJournalDdl());
        }
    }

    /** All entries by key; the journal is small (one row per file) so it is read whole. */
    public Map<String, Entry> entries(Connection c) throws SQLException {
        Map<String, Entry> entries = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT object_key, size, etag, CAST(loaded_at AS VARCHAR(64)),"
                     + " lines_read, rejected FROM " + TABLE)) {
            while (rs.next()) {
                String loaded = rs.getString(4).trim().replace(' ', 'T');
                entries.put(rs.getString(1), new Entry(rs.getString(1), rs.getLong(2), rs.getString(3),
                        LocalDateTime.parse(loaded).toInstant(ZoneOffset.UTC), rs.getLong(5), rs.getLong(6)));
            }
        }
        return entries;
    }

    /** Whether {@code file} is already loaded in exactly this version. */
    public static boolean isCurrent(Entry entry, SourceFile file) {
        return entry != null && entry.size() == file.size() && Objects.equals(entry.etag(), file.etag());
    }

    /** Replaces the entries for these files; call inside the merge's transaction. */
    public void record(Connection c, List<Entry> loaded) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + TABLE + " WHERE object_key = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE
                     + " (object_key, size, etag, loaded_at, lines_read, rejected)"
                     + " VALUES (?, ?, ?, CAST(? AS TIMESTAMP), ?, ?)")) {
            for (Entry e : loaded) {
                delete.setString(1, e.key());
                delete.executeUpdate();
                insert.setString(1, e.key());
                insert.setLong(2, e.size());
                insert.setString(3, e.etag());
                insert.setString(4, SQL_TIMESTAMP.format(LocalDateTime.ofInstant(e.loadedAt(), ZoneOffset.UTC)));
                insert.setLong(5, e.linesRead());
                insert.setLong(6, e.rejected());
                insert.executeUpdate();
            }
        }
    }
}
