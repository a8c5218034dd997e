package dev.playlens.app;

import dev.playlens.app.connections.KeychainTools;
import dev.playlens.app.connections.Passwords;
import dev.playlens.app.heatmaps.HeatmapFiles;
import dev.playlens.app.heatmaps.HeatmapsScreen;
import dev.playlens.app.heatmaps.LevelStore;
import dev.playlens.app.ingest.CloudIngestSource;
import dev.playlens.app.models.MlBackend;
import dev.playlens.app.models.ModelsScreen;
import dev.playlens.app.publish.PublishBackend;
import dev.playlens.app.publish.PublishScreen;
import dev.playlens.app.publish.PublishSettings;
import dev.playlens.app.services.WorkspaceServices;
import dev.playlens.app.shell.Screen;
import dev.playlens.app.shell.Screens;
import dev.playlens.app.sql.SqlScreen;
import dev.playlens.app.storage.StorageScreen;
import dev.playlens.app.workspace.JsonFileStore;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.job.JobExecutor;
import dev.playlens.publish.Publisher;

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
        SqlScreen sql = sql(services);
        return new Screens(List.of(storage(services, sql), sql, heatmaps, models(services), publish(services)),
                heatmaps, heatmaps);
    }

    private HeatmapsScreen heatmaps(WorkspaceServices services) {
        return new HeatmapsScreen(services.heatmaps(), executor, new LevelStore(services.workspace()),
                HeatmapFiles.dialogs());
    }

    private SqlScreen sql(WorkspaceServices services) {
        return new SqlScreen(services, executor, new Passwords(KeychainTools.detect(System.getProperty("os.name"), env)));
    }

    /**
     * "Load into warehouse" opens the SQL screen's load dialog on the folder, and that dialog reads bucket prefixes
     * with the settings of the Storage location they belong to.
     */
    private Screen storage(WorkspaceServices services, SqlScreen sql) {
        StorageScreen storage = new StorageScreen(services.workspace(), executor, env, sql::openIngestDialog);
        var cloud = CloudIngestSource.resolver(storage::settingsFor);
        sql.ingestSources().register("s3", cloud).register("azure", cloud);
        return storage;
    }

    private Screen models(WorkspaceServices services) {
        return new ModelsScreen(new MlBackend(services.warehouse(), services.workspace().modelsDir()),
                ModelsScreen.settingsIn(services.workspace()), executor);
    }

    private Screen publish(WorkspaceServices services) {
        Workspace ws = services.workspace();
        PublishBackend backend = new PublishBackend(services.warehouse(), ws.modelsDir(),
                ws.historyDir().resolve("publishes.jsonl"), ws.journalDir().resolve("publish-scratch"), env,
                Publisher.DEFAULT_BATCH);
        return new PublishScreen(backend, executor, JsonFileStore.in(ws, PublishScreen.SETTINGS_FILE,
                PublishSettings.class, PublishSettings::empty));
    }
}
