package dev.playlens.app.heatmaps;

import dev.playlens.app.services.HeatmapService;
import dev.playlens.app.shell.Screen;
import dev.playlens.app.workspace.JsonFileStore;
import dev.playlens.core.job.JobExecutor;
import javafx.scene.Node;

/** Wires the Heatmaps screen's model, view and controller. */
public final class HeatmapsScreen implements Screen {
    private final HeatmapsModel model = new HeatmapsModel();
    private final HeatmapsController controller;
    private final HeatmapActions actions;
    private final HeatmapFiles files;
    private final ControlsMemory memory;
    private HeatmapsView view;

    public HeatmapsScreen(HeatmapService service, JobExecutor executor, LevelStore levels, HeatmapFiles files) {
        this.controller = new HeatmapsController(model, service, executor, levels);
        this.memory = new ControlsMemory(model, new JsonFileStore<>(levels.workspaceDir().resolve(SavedControls.FILE),
                SavedControls.class, SavedControls::none), executor);
        controller.preferLevel(memory.restore());
        this.actions = new HeatmapActions(model, controller, levels, executor);
        this.files = files;
    }

    @Override
    public String title() {
        return "Heatmaps";
    }

    @Override
    public String description() {
        return "Where players die on each level, binned in the warehouse";
    }

    @Override
    public Node view() {
        if (view == null) view = new HeatmapsView(model, controller, actions, files);
        return view;
    }

    @Override
    public void activate() {
        controller.activate();
    }

    @Override
    public void deactivate() {
        controller.deactivate();
    }

    @Override
    public void close() {
        memory.flush();
        controller.close();
    }

    public HeatmapsModel model() {
        return model;
    }

    public HeatmapsController controller() {
        return controller;
    }

    public HeatmapActions actions() {
        return actions;
    }
}
