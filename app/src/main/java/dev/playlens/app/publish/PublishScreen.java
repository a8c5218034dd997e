package dev.playlens.app.publish;

import dev.playlens.app.shell.Screen;
import dev.playlens.app.workspace.JsonFileStore;
import dev.playlens.core.job.JobExecutor;
import javafx.scene.Node;

/** Wires the Publish screen's model, view and controller; reads the registry and the targets when shown. */
public final class PublishScreen implements Screen {
    public static final String SETTINGS_FILE = "publish.json";

    private final PublishModel model = new PublishModel();
    private final PublishController controller;
    private PublishView view;

    public PublishScreen(PublishBackend backend, JobExecutor executor, JsonFileStore<PublishSettings> settings) {
        this.controller = new PublishController(model, backend, executor, settings);
    }

    @Override
    public String title() {
        return "Publish";
    }

    @Override
    public String description() {
        return "Score players and publish predictions";
    }

    @Override
    public Node view() {
        if (view == null) view = new PublishView(model, controller);
        return view;
    }

    @Override
    public void activate() {
        // The registry may have gained versions since the screen was last shown (Models screen, CLI).
        controller.loadModels();
    }

    @Override
    public void close() {
        controller.cancel();
    }

    public PublishModel model() {
        return model;
    }

    public PublishController controller() {
        return controller;
    }
}
