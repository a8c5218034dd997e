package dev.playlens.warehouse.ingest;

import dev.playlens.warehouse.Dialect;
import dev.playlens.warehouse.RedshiftDialect;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a batch's staging files into the engine by its fastest route: DuckDB reads them itself inside the
 * merge, PostgreSQL takes them with {@code COPY FROM STDIN}, the Redshift driver gets multi-row INSERTs
 * (real Redshift would load from S3 with {@link RedshiftCopyPlan}). Also writes the batch's drop list.
 */
abstract class StagingLoader {
    private static final int DROPS_PER_STATEMENT = 1_000;

    protected final Dialect dialect;
    protected final List<Path> files = new ArrayList<>();

    StagingLoader(Dialect dialect) {
        this.dialect = dialect;
    }

    static StagingLoader forDialect(Dialect dialect, RedshiftCopyPlan.S3Staging s3) {
        if (s3 != null && dialect instanceof RedshiftDialect rs && rs.isRealRedshift()) {
            return new RedshiftCopyStaging(dialect, s3);
        }
        return switch (dialect.engine()) {
            case DUCKDB -> new StagingLoader(dialect) {
                @Override
                StagingFormat format() {
                    return StagingFormat.DUCKDB_PARQUET;
                }

                @Override
                void load(Connection c, Path file) {
                    // read by the merge itself
                }
            };
            case POSTGRESQL -> new StagingLoader(dialect) {
                @Override
                StagingFormat format() {
                    return StagingFormat.POSTGRES_TEXT;
                }

                @Override
                void load(Connection c, Path file) throws SQLException, IOException {
                    try (InputStream in = Files.newInputStream(file)) {
                        c.unwrap(PGConnection.class).getCopyAPI()
                                .copyIn("COPY " + Dialect.STAGING_TABLE + " FROM STDIN (FORMAT text)", in, 1 << 16);
                    }
                }
            };
            case REDSHIFT -> new RedshiftInsertStaging(dialect);
        };
    }

    abstract StagingFormat format();

    /** Creates the session's staging table (if the engine uses one). */
    void begin(Connection c) throws SQLException {
        files.clear();
        try (Statement st = c.createStatement()) {
            for (String sql : dialect.createStagingSql()) st.execute(sql);
        }
    }

    void add(Connection c, Path file) throws SQLException, IOException {
        files.add(file);
        load(c, file);
    }

    abstract void load(Connection c, Path file) throws SQLException, IOException;

    String relation() {
        return dialect.stagingRelation(files);
    }

    /** Fills the drops table with the sequence numbers of in-batch duplicates; false when there are none. */
    boolean writeDrops(Connection c, long[] seqs, int count) throws SQLException {
        if (count == 0) return false;
        try (Statement st = c.createStatement()) {
            for (String sql : dialect.createDropsSql()) st.execute(sql);
        }
        PreparedStatement full = null;
        try {
            for (int from = 0; from < count; from += DROPS_PER_STATEMENT) {
                int n = Math.min(DROPS_PER_STATEMENT, count - from);
                PreparedStatement ps = n == DROPS_PER_STATEMENT && full != null ? full : c.prepareStatement(dropsInsert(n));
                if (n == DROPS_PER_STATEMENT) full = ps;
                for (int i = 0; i < n; i++) ps.setLong(i + 1, seqs[from + i]);
                ps.executeUpdate();
                if (ps != full) ps.close();
            }
        } finally {
            if (full != null) full.close();
        }
        return true;
    }

    private static String dropsInsert(int rows) {
        StringBuilder sb = new StringBuilder("INSERT INTO " + Dialect.DROPS_TABLE + " (seq) VALUES ");
        for (int i = 0; i < rows; i++) sb.append(i == 0 ? "(?)" : ", (?)");
        return sb.toString();
    }

    /** Drops what {@link #begin} and {@link #writeDrops} created. */
    void end(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(dialect.dropStagingSql());
            st.execute("DROP TABLE IF EXISTS " + Dialect.DROPS_TABLE);
        }
    }
}
