package dev.playlens.publish.batch;

import dev.playlens.publish.Prediction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameterised multi-row INSERTs ({@code VALUES (…),(…),…}) of a fixed size, so one round trip carries many
 * rows on engines without a bulk path we can use from here (Redshift's COPY reads from S3; MariaDB).
 */
final class MultiRowInsertWriter implements StagingWriter {
    private final Connection connection;
    private final String staging;
    private final int rowsPerStatement;
    private final List<Prediction> pending = new ArrayList<>();
    private PreparedStatement full;
    private long rows;

    MultiRowInsertWriter(Connection connection, String staging, int rowsPerStatement) {
        this.connection = connection;
        this.staging = staging;
        this.rowsPerStatement = rowsPerStatement;
    }

    @Override
    public void write(List<Prediction> batch) throws SQLException {
        for (Prediction p : batch) {
            pending.add(p);
            if (pending.size() == rowsPerStatement) {
                if (full == null) full = connection.prepareStatement(sql(rowsPerStatement));
                run(full, pending);
            }
        }
    }

    @Override
    public long finish() throws SQLException {
        if (!pending.isEmpty()) {
            try (PreparedStatement last = connection.prepareStatement(sql(pending.size()))) {
                run(last, pending);
            }
        }
        if (full != null) full.close();
        return rows;
    }

    private void run(PreparedStatement st, List<Prediction> batch) throws SQLException {
        int i = 1;
        for (Prediction p : batch) {
            st.setString(i++, p.model());
            st.setInt(i++, p.version());
            st.setString(i++, p.userId());
            if (p.score() == null) st.setNull(i++, Types.DOUBLE); else st.setDouble(i++, p.score());
            if (p.label() == null) st.setNull(i++, Types.INTEGER); else st.setInt(i++, p.label());
            if (p.cluster() == null) st.setNull(i++, Types.INTEGER); else st.setInt(i++, p.cluster());
            st.setTimestamp(i++, Timestamp.valueOf(LocalDateTime.ofInstant(p.scoredAt(), ZoneOffset.UTC)));
        }
        int n = st.executeUpdate();
        if (n != batch.size()) throw new SQLException("INSERT stored " + n + " rows of " + batch.size());
        rows += n;
        batch.clear();
    }

    private String sql(int n) {
        StringBuilder sb = new StringBuilder("INSERT INTO ").append(staging).append(" (").append(SqlDialect.COLUMNS)
                .append(") VALUES ");
        for (int r = 0; r < n; r++) sb.append(r == 0 ? "" : ",").append("(?,?,?,?,?,?,?)");
        return sb.toString();
    }
}
