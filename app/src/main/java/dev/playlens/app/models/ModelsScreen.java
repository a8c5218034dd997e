package dev.playlens.app.models;

import dev.playlens.app.shell.Screen;
import dev.playlens.app.workspace.JsonFileStore;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.job.JobExecutor;
import javafx.scene.Node;

/** Wires the Models screen: training and clustering on workspace data, a leaderboard over the registry. */
public final class ModelsScreen implements Screen {
    private final ModelsModel model = new ModelsModel();
    private final ModelsController controller;
    private final LeaderboardController leaderboard;
    private final ClusterController clusters;
    private final ScreenJobs jobs;
    private ModelsView view;
    private boolean activated;

    /** @param settings the screen's saved form ({@code models.json} in the workspace), restored here */
    public ModelsScreen(MlBackend backend, JsonFileStore<ModelsSettings> settings, JobExecutor executor) {
        RunStore runs = new RunStore(backend.registry());
        this.jobs = new ScreenJobs(model, executor);
        this.leaderboard = new LeaderboardController(model, runs, jobs);
        this.controller = new ModelsController(model, backend, runs, jobs, leaderboard, settings);
        this.clusters = new ClusterController(model, backend, jobs, controller);
        try {
            settings.read().applyTo(model);
        } catch (RuntimeException e) {
            model.status.set("Saved settings not restored: " + e.getMessage());
        }
    }

    /** The store for a workspace's {@code models.json}. */
    public static JsonFileStore<ModelsSettings> settingsIn(Workspace workspace) {
        return JsonFileStore.in(workspace, "models.json", ModelsSettings.class, ModelsSettings::empty);
    }

    @Override
    public String title() {
        return "Models";
    }

    @Override
    public String description() {
        return "Cluster players and predict churn and payment";
    }

    @Override
    public Node view() {
        if (view == null) view = new ModelsView(model, controller, leaderboard, clusters);
        return view;
    }

    /** The first visit reads the registry; the table list is fetched when the analyst asks for a table. */
    @Override
    public void activate() {
        if (activated) return;
        activated = true;
        leaderboard.refresh();
    }

    @Override
    public void close() {
        jobs.cancel();
    }

    public ModelsModel model() {
        return model;
    }

    public ModelsController controller() {
        return controller;
    }

    public LeaderboardController leaderboard() {
        return leaderboard;
    }
}
