package dev.playlens.publish.batch;

import dev.playlens.publish.Prediction;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** DuckDB's appender: rows go straight into the (temporary) staging table's column vectors. */
final class DuckDbAppenderWriter implements StagingWriter {
    private final DuckDBAppender appender;
    private long rows;

    DuckDbAppenderWriter(Connection c, String staging) throws SQLException {
        // Temporary tables live in DuckDB's "temp" catalog.
        this.appender = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", staging);
    }

    @Override
    public void write(List<Prediction> batch) throws SQLException {
        for (Prediction p : batch) {
            appender.beginRow();
            appender.append(p.model());
            appender.append(p.version());
            appender.append(p.userId());
            appender.append(p.score());
            appender.append(p.label());
            appender.append(p.cluster());
            appender.append(LocalDateTime.ofInstant(p.scoredAt(), ZoneOffset.UTC));
            appender.endRow();
        }
        rows += batch.size();
    }

    @Override
    public void abort() {
        try {
            appender.close();
        } catch (SQLException ignored) {
            // only the temporary staging table saw these rows
        }
    }

    @Override
    public long finish() throws SQLException {
        appender.close();
        return rows;
    }
}
