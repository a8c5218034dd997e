package dev.playlens.heatmap;

import dev.playlens.core.job.JobContext;
import dev.playlens.core.sql.Engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;

/** Bins the same query for two version sets and subtracts: B − A. */
public final class DiffRunner {
    private final BinQueryRunner runner;

    public DiffRunner(BinQueryRunner runner) {
        this.runner = runner;
    }

    /**
     * @param query     everything but the versions (its own appVersions are replaced)
     * @param versionsA version set A (empty = all versions)
     * @param versionsB version set B (empty = all versions)
     */
    public HeatmapDiff run(Connection connection, Engine engine, HeatmapQuery query, List<String> versionsA,
                           List<String> versionsB, JobContext ctx, Consumer<Statement> onStatement)
            throws SQLException {
        BinGrid a = runner.run(connection, engine, query.withAppVersions(versionsA), half(ctx, "A", 0), onStatement);
        BinGrid b = runner.run(connection, engine, query.withAppVersions(versionsB), half(ctx, "B", 1), onStatement);
        ctx.progress(2, 2, "B − A");
        return new HeatmapDiff(a, b, b.minus(a));
    }

    public HeatmapDiff run(Connection connection, Engine engine, HeatmapQuery query, List<String> versionsA,
                           List<String> versionsB, JobContext ctx) throws SQLException {
        return run(connection, engine, query, versionsA, versionsB, ctx, statement -> { });
    }

    /** Reports a sub-run's progress as half of the whole. */
    private static JobContext half(JobContext ctx, String name, int index) {
        return new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                double f = total > 0 ? (double) done / total : 0;
                ctx.progress(Math.round((index + f) * 1000), 2000, name + ": " + message);
            }

            @Override
            public boolean isCancelled() {
                return ctx.isCancelled();
            }
        };
    }
}
