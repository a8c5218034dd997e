package dev.playlens.warehouse.query;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.core.sql.Engine;
import dev.playlens.warehouse.Warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs one SQL statement against a warehouse as (part of) a job: rows stream to a {@link RowSink} with a
 * fetch size (so big results never sit in memory), and a cancel of the job cancels the running statement
 * through {@link Statement#cancel()} (see {@link CancellableStatement}; the sink is called on the statement's
 * own thread) — the job then ends with {@link JobCancelledException} quickly and
 * the connection stays usable. By default each run uses its own connection; a {@link #session} runner keeps
 * one connection for all its runs (so SET, temp tables and the like persist, as in an SQL editor tab) and
 * runs one statement at a time. When a {@link QueryHistory} is given every run is appended to it, whatever
 * its outcome.
 */
public final class QueryRunner implements AutoCloseable {
    public static final int DEFAULT_FETCH_SIZE = 2_000;
    private static final int CHECK_EVERY_ROWS = 1_024;

    private final Warehouse warehouse;
    private final QueryHistory history;
    private final int fetchSize;
    private final Connection session;
    private final ReentrantLock sessionLock = new ReentrantLock();

    public QueryRunner(Warehouse warehouse) {
        this(warehouse, null, DEFAULT_FETCH_SIZE);
    }

    public QueryRunner(Warehouse warehouse, QueryHistory history) {
        this(warehouse, history, DEFAULT_FETCH_SIZE);
    }

    /** @param history where runs are recorded, or {@code null} for none */
    public QueryRunner(Warehouse warehouse, QueryHistory history, int fetchSize) {
        this(warehouse, history, fetchSize, null);
    }

    private QueryRunner(Warehouse warehouse, QueryHistory history, int fetchSize, Connection session) {
        this.warehouse = warehouse;
        this.history = history;
        this.fetchSize = fetchSize;
        this.session = session;
    }

    /** A runner bound to one new connection for all its runs; close it to release the connection. */
    public static QueryRunner session(Warehouse warehouse, QueryHistory history) throws SQLException {
        return new QueryRunner(warehouse, history, DEFAULT_FETCH_SIZE, warehouse.connect());
    }

    /** Closes the session connection, if any. */
    @Override
    public void close() throws SQLException {
        if (session != null) session.close();
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    /** Runs {@code sql} and keeps at most {@code maxRows} rows (the grid's first page). */
    public ResultPage firstPage(String sql, int maxRows, JobContext ctx) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        List<ResultColumn> cols = new ArrayList<>();
        QueryOutcome o = run(sql, new RowSink() {
            @Override
            public void start(List<ResultColumn> columns) {
                cols.addAll(columns);
            }

            @Override
            public boolean row(Object[] values) {
                if (rows.size() >= maxRows) return false;
                rows.add(values);
                return true;
            }
        }, ctx);
        return new ResultPage(cols, rows, o.truncated(), o.updateCount(), o.elapsedMillis());
    }

    /**
     * Runs {@code sql}, streaming every row to {@code sink}.
     *
     * @throws JobCancelledException when the job was cancelled (the statement is cancelled on the server)
     * @throws SQLException          when the statement fails; the message is the engine's
     */
    public QueryOutcome run(String sql, RowSink sink, JobContext ctx) throws SQLException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        QueryOutcome outcome = null;
        Throwable failure = null;
        try {
            outcome = execute(sql, sink, ctx, t0);
            return outcome;
        } catch (JobCancelledException e) {
            failure = e;
            throw e;
        } catch (SQLException | RuntimeException | Error e) {
            failure = e;
            if (ctx.isCancelled()) { // the engine's own "canceling statement" error, reported as the cancel it is
                JobCancelledException cancelled = new JobCancelledException();
                cancelled.addSuppressed(e);
                failure = cancelled;
                throw cancelled;
            }
            throw e;
        } finally {
            record(sql, started, t0, outcome, failure);
        }
    }

    private QueryOutcome execute(String sql, RowSink sink, JobContext ctx, long t0) throws SQLException {
        ctx.checkCancelled();
        if (session == null) {
            try (Connection c = warehouse.connect()) {
                return execute(c, sql, sink, ctx, t0);
            }
        }
        // A private lock: drivers synchronise on their connection object internally (Redshift's does).
        sessionLock.lock();
        try {
            return execute(session, sql, sink, ctx, t0);
        } finally {
            sessionLock.unlock();
        }
    }

    private QueryOutcome execute(Connection c, String sql, RowSink sink, JobContext ctx, long t0) throws SQLException {
        // PostgreSQL-protocol drivers only stream with a fetch size inside a transaction.
        boolean tx = warehouse.engine() != Engine.DUCKDB;
        return CancellableStatement.run((statement, cancelled) -> {
            if (tx) c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                statement.set(st);
                if (cancelled.get()) throw new JobCancelledException();
                st.setFetchSize(fetchSize);
                boolean isQuery = st.execute(sql);
                QueryOutcome o = isQuery ? readRows(st.getResultSet(), sink, cancelled, t0)
                        : new QueryOutcome(startEmpty(sink), 0, st.getUpdateCount(), false, millisSince(t0));
                if (tx) c.commit();
                return o;
            } catch (SQLException | RuntimeException e) {
                if (tx) rollbackQuietly(c, e);
                throw e;
            } finally {
                if (tx) c.setAutoCommit(true);
            }
        }, ctx);
    }

    private static List<ResultColumn> startEmpty(RowSink sink) throws SQLException {
        call(() -> sink.start(List.of()));
        return List.of();
    }

    private static QueryOutcome readRows(ResultSet rs, RowSink sink, AtomicBoolean cancelled, long t0) throws SQLException {
        try (rs) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            List<ResultColumn> columns = new ArrayList<>(n);
            int[] types = new int[n];
            for (int i = 1; i <= n; i++) {
                types[i - 1] = md.getColumnType(i);
                columns.add(new ResultColumn(md.getColumnLabel(i), md.getColumnTypeName(i), types[i - 1]));
            }
            call(() -> sink.start(columns));
            long rows = 0;
            boolean truncated = false;
            while (rs.next()) {
                Object[] values = new Object[n];
                for (int i = 0; i < n; i++) values[i] = ResultValues.read(rs, i + 1, types[i]);
                if (!call(() -> sink.row(values))) {
                    truncated = true;
                    break;
                }
                if (++rows % CHECK_EVERY_ROWS == 0 && cancelled.get()) throw new JobCancelledException();
            }
            return new QueryOutcome(columns, rows, -1, truncated, millisSince(t0));
        }
    }

    private interface SinkCall<T> {
        T call() throws Exception;
    }

    private interface SinkVoid {
        void call() throws Exception;
    }

    private static <T> T call(SinkCall<T> c) throws SQLException {
        try {
            return c.call();
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("result consumer failed: " + e.getMessage(), e);
        }
    }

    private static void call(SinkVoid c) throws SQLException {
        call(() -> {
            c.call();
            return null;
        });
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void record(String sql, Instant started, long t0, QueryOutcome outcome, Throwable failure) {
        if (history == null) return;
        QueryStatus status = failure == null ? QueryStatus.SUCCEEDED
                : failure instanceof JobCancelledException ? QueryStatus.CANCELLED : QueryStatus.FAILED;
        long rows = outcome == null ? 0 : outcome.updateCount() >= 0 ? outcome.updateCount() : outcome.rows();
        String error = failure == null || status == QueryStatus.CANCELLED ? null : failure.getMessage();
        history.appendQuietly(new QueryHistory.Entry(sql, started, millisSince(t0), rows, status, error));
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
