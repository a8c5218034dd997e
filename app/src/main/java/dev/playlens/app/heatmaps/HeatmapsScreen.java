package dev.playlens.app.heatmaps;

import dev.playlens.app.services.HeatmapService;
import dev.playlens.app.shell.Screen;
import dev.playlens.core.job.JobExecutor;
import dev.playlens.core.level.Level;
import javafx.scene.Node;

import java.util.List;
import java.util.function.Supplier;

/** Wires the Heatmaps screen's model, view and controller. */
public final class HeatmapsScreen implements Screen {
    private final HeatmapsModel model = new HeatmapsModel();
    private final HeatmapsController controller;
    private HeatmapsView view;

    public HeatmapsScreen(HeatmapService service, JobExecutor executor, Supplier<List<Level>> levels) {
        this.controller = new HeatmapsController(model, service, executor, levels);
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
        if (view == null) view = new HeatmapsView(model);
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
        controller.close();
    }

    public HeatmapsModel model() {
        return model;
    }
}
