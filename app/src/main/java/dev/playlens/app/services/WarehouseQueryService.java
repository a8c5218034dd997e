package dev.playlens.app.services;

import dev.playlens.core.job.JobContext;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.query.QueryHistory;
import dev.playlens.warehouse.query.QueryRunner;
import dev.playlens.warehouse.query.ResultColumn;
import dev.playlens.warehouse.query.ResultPage;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The SQL screen's queries through the warehouse module's {@link QueryRunner}: streamed with a fetch size,
 * cancelled with the job (the runner cancels the statement), every run recorded in the workspace history.
 */
public final class WarehouseQueryService implements QueryService {
    private final QueryRunner runner;

    public WarehouseQueryService(Warehouse warehouse, Path historyFile) {
        this.runner = new QueryRunner(warehouse, new QueryHistory(historyFile));
    }

    @Override
    public QueryResult run(String sql, int maxRows, JobContext ctx) throws Exception {
        ResultPage page = runner.firstPage(sql, maxRows, ctx);
        List<List<Object>> rows = page.rows().stream().map(r -> Arrays.asList(r.clone())).toList();
        return new QueryResult(page.columns().stream().map(ResultColumn::name).toList(), rows, page.truncated(),
                page.updateCount(), page.elapsedMillis());
    }
}
