package dev.playlens.app.services;

import dev.playlens.core.job.JobContext;
import dev.playlens.core.sql.Engine;
import dev.playlens.warehouse.Dialect;
import dev.playlens.warehouse.TableInfo;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.query.ExportFormat;
import dev.playlens.warehouse.query.QueryHistory;
import dev.playlens.warehouse.query.QueryOutcome;
import dev.playlens.warehouse.query.QueryRunner;
import dev.playlens.warehouse.query.ResultColumn;
import dev.playlens.warehouse.query.ResultExporter;
import dev.playlens.warehouse.query.ResultPage;
import dev.playlens.warehouse.query.RowSink;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SQL screen's queries through the warehouse module's {@link QueryRunner}: streamed with a fetch size,
 * cancelled with the job (the runner cancels the statement through the driver), every run recorded in the
 * workspace history. Editor runs share one session connection (SET and temp tables persist, as in an SQL
 * editor tab); exports and schema listing use their own connections so they never wait for the editor.
 */
public final class WarehouseQueryService implements QueryService {
    private final Warehouse warehouse;
    private final QueryHistory history;
    private final QueryRunner oneShot;
    private QueryRunner session;

    public WarehouseQueryService(Warehouse warehouse, Path historyFile) {
        this.warehouse = warehouse;
        this.history = new QueryHistory(historyFile);
        this.oneShot = new QueryRunner(warehouse, history);
    }

    @Override
    public QueryResult run(String sql, int maxRows, JobContext ctx) throws Exception {
        ResultPage page;
        try {
            page = session().firstPage(sql, maxRows, ctx);
        } catch (SQLException e) {
            throw dropBrokenSession(e);
        }
        List<List<Object>> rows = page.rows().stream().map(r -> Arrays.asList(r.clone())).toList();
        return new QueryResult(page.columns().stream().map(ResultColumn::name).toList(), rows, page.truncated(),
                page.updateCount(), page.elapsedMillis());
    }

    @Override
    public QueryOutcome stream(String sql, RowSink sink, JobContext ctx) throws Exception {
        try {
            return session().run(sql, sink, ctx);
        } catch (SQLException e) {
            throw dropBrokenSession(e);
        }
    }

    @Override
    public long export(String sql, Path file, ExportFormat format, JobContext ctx) throws Exception {
        return new ResultExporter(new QueryRunner(warehouse)).export(sql, file, format, ctx);
    }

    @Override
    public List<SchemaTable> schema(JobContext ctx) throws SQLException {
        Dialect dialect = warehouse.dialect();
        List<SchemaTable> tables = new ArrayList<>();
        try (Connection c = warehouse.connect()) {
            List<TableInfo> infos = dialect.listTables(c);
            for (int i = 0; i < infos.size(); i++) {
                ctx.checkCancelled();
                TableInfo t = infos.get(i);
                ctx.progress(i, infos.size(), "reading " + t.qualifiedName());
                tables.add(new SchemaTable(t, dialect.listColumns(c, t.schema(), t.name())));
            }
        }
        return tables;
    }

    @Override
    public List<QueryHistory.Entry> history(int limit) throws Exception {
        return history.newestFirst(limit);
    }

    @Override
    public Engine engine() {
        return warehouse.engine();
    }

    @Override
    public String location() {
        return warehouse.location();
    }

    /** The editor's connection, opened on first use (so opening a workspace connects nothing extra). */
    private synchronized QueryRunner session() throws SQLException {
        if (session == null) session = QueryRunner.session(warehouse, history);
        return session;
    }

    /** A lost connection (SQLState class 08) is not reused: the next run opens a new session. */
    private SQLException dropBrokenSession(SQLException e) {
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) close();
        return e;
    }

    @Override
    public synchronized void close() {
        if (session == null) return;
        try {
            session.close();
        } catch (SQLException e) {
            System.getLogger(WarehouseQueryService.class.getName()).log(System.Logger.Level.WARNING,
                    "closing the SQL session on " + location() + " failed: " + e.getMessage());
        }
        session = null;
    }
}
