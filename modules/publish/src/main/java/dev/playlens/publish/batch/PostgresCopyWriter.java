package dev.playlens.publish.batch;

import dev.playlens.publish.Prediction;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** PostgreSQL COPY … FROM STDIN in CSV: one streamed command for the whole set. */
final class PostgresCopyWriter implements StagingWriter {
    private final CopyIn copy;
    private long rows;

    PostgresCopyWriter(Connection c, String staging) throws SQLException {
        this.copy = c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + staging + " (" + SqlDialect.COLUMNS + ") FROM STDIN (FORMAT csv)");
    }

    @Override
    public void write(List<Prediction> batch) throws SQLException {
        StringBuilder sb = new StringBuilder(batch.size() * 96);
        for (Prediction p : batch) {
            CsvRows.append(sb, p, LocalDateTime.ofInstant(p.scoredAt(), ZoneOffset.UTC).toString());
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows += batch.size();
    }

    @Override
    public void abort() {
        try {
            if (copy.isActive()) copy.cancelCopy();
        } catch (SQLException ignored) {
            // the connection is closed next, which ends the COPY on the server too
        }
    }

    @Override
    public long finish() throws SQLException {
        long copied = copy.endCopy();
        if (copied != rows) throw new SQLException("COPY stored " + copied + " rows, " + rows + " were sent");
        return rows;
    }
}
