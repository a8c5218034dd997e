package dev.playlens.app;

import dev.playlens.app.heatmaps.HeatmapsScreen;
import dev.playlens.app.services.WorkspaceServices;
import dev.playlens.app.shell.PlaceholderScreen;
import dev.playlens.app.shell.Screen;
import dev.playlens.app.shell.Screens;
import dev.playlens.app.sql.SqlScreen;
import dev.playlens.core.job.JobExecutor;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the screens of a workspace in navigation order; Heatmaps is the one shown first. One method per
 * screen, so each screen's wiring stays in one place.
 */
public final class ScreenFactory implements Function<WorkspaceServices, Screens> {
    private final JobExecutor executor;
    private final Map<String, String> env;

    /** @param env the process environment (cloud credentials and endpoints for the storage clients) */
    public ScreenFactory(JobExecutor executor, Map<String, String> env) {
        this.executor = executor;
        this.env = Map.copyOf(env);
    }

    @Override
    public Screens apply(WorkspaceServices services) {
        HeatmapsScreen heatmaps = heatmaps(services);
        return new Screens(List.of(storage(services), sql(services), heatmaps, models(services), publish(services)),
                heatmaps, heatmaps);
    }

    private HeatmapsScreen heatmaps(WorkspaceServices services) {
        return new HeatmapsScreen(services.heatmaps(), executor, services.workspace()::levels);
    }

    private Screen sql(WorkspaceServices services) {
        return services.queries() == null
                ? new PlaceholderScreen("SQL", "Run SQL on the workspace warehouse",
                List.of("edit SQL with highlighting and run it with Ctrl+Enter, cancellable",
                        "show results in a grid, keep a history, export CSV / JSON / Parquet"),
                "Today: ./playlens sql --warehouse W QUERY")
                : new SqlScreen(services.queries(), executor);
    }

    private Screen storage(WorkspaceServices services) {
        // until the SQL screen's ingest dialog exists: load local folders directly, explain for cloud prefixes
        var load = dev.playlens.app.storage.WarehouseLoadFallback.withDialogs(services.warehouse(), executor,
                services.workspace().journalDir().resolve("storage-load-rejects.jsonl"));
        return new dev.playlens.app.storage.StorageScreen(services.workspace(), executor, env, load);
    }

    private Screen models(WorkspaceServices services) {
        return new PlaceholderScreen("Models", "Cluster players and predict churn and payment",
                List.of("build per-player feature sets from SQL or a table",
                        "cluster players (K-Means) and train churn / payer classifiers with seeded splits",
                        "compare runs on a leaderboard with metrics and curves; keep versions in a registry"),
                null);
    }

    private Screen publish(WorkspaceServices services) {
        return new PlaceholderScreen("Publish", "Score players and publish predictions",
                List.of("score every player with a registered model",
                        "write predictions to a warehouse table, a database or bucket files (batch layer)",
                        "push them to Redis with versioned keys and a TTL (cache layer)"),
                null);
    }
}
