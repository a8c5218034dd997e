package dev.playlens.warehouse.ingest;

import dev.playlens.warehouse.Dialect;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Staging for the Redshift driver without S3: reads the batch's staging files (PostgreSQL text format)
 * back and sends multi-row parameterised INSERTs, 500 rows a statement. Portable (it is what runs through
 * pgbouncer in the tests) but slow on a real cluster, where {@link RedshiftCopyPlan} is the way.
 */
final class RedshiftInsertStaging extends StagingLoader {
    static final int ROWS_PER_STATEMENT = 500;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    RedshiftInsertStaging(Dialect dialect) {
        super(dialect);
    }

    @Override
    StagingFormat format() {
        return StagingFormat.POSTGRES_TEXT;
    }

    static String insertSql(int rows) {
        String one = "(?, ?, ?, ?, ?, CAST(? AS TIMESTAMP), ?, ?, ?, ?, ?, ?, ?)";
        StringBuilder sb = new StringBuilder("INSERT INTO " + Dialect.STAGING_TABLE + " (seq, "
                + Dialect.eventColumnList() + ") VALUES ");
        for (int i = 0; i < rows; i++) sb.append(i == 0 ? "" : ", ").append(one);
        return sb.toString();
    }

    @Override
    void load(Connection c, Path file) throws SQLException, IOException {
        List<String[]> pending = new ArrayList<>(ROWS_PER_STATEMENT);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             PreparedStatement full = c.prepareStatement(insertSql(ROWS_PER_STATEMENT))) {
            String line;
            while ((line = in.readLine()) != null) {
                pending.add(StagingText.decode(line));
                if (pending.size() == ROWS_PER_STATEMENT) insert(full, pending);
            }
            if (!pending.isEmpty()) {
                try (PreparedStatement rest = c.prepareStatement(insertSql(pending.size()))) {
                    insert(rest, pending);
                }
            }
        }
    }

    private static void insert(PreparedStatement ps, List<String[]> rows) throws SQLException {
        int i = 0;
        for (String[] r : rows) {
            ps.setLong(++i, Long.parseLong(r[0]));
            ps.setString(++i, UUID.fromString(r[1]).toString()); // canonical lower case: ids are compared as text
            ps.setString(++i, r[2]);
            ps.setString(++i, r[3]);
            ps.setString(++i, r[4]);
            ps.setString(++i, UTC.format(Instant.ofEpochMilli(Long.parseLong(r[5]))));
            ps.setString(++i, r[6]);
            ps.setString(++i, r[7]);
            ps.setString(++i, r[8]);
            setDouble(ps, ++i, r[9]);
            setDouble(ps, ++i, r[10]);
            ps.setString(++i, r[11]);
            ps.setString(++i, r[12]);
        }
        ps.executeUpdate();
        rows.clear();
    }

    private static void setDouble(PreparedStatement ps, int index, String v) throws SQLException {
        if (v == null) ps.setNull(index, Types.DOUBLE);
        else ps.setDouble(index, Double.parseDouble(v));
    }
}
