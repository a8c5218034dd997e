package dev.playlens.app.sql;

import dev.playlens.app.services.QueryService;
import dev.playlens.app.shell.Screen;
import dev.playlens.core.job.JobExecutor;
import javafx.scene.Node;

/** Wires the SQL screen's model, view and controller. */
public final class SqlScreen implements Screen {
    private final SqlModel model = new SqlModel();
    private final SqlController controller;
    private SqlView view;

    public SqlScreen(QueryService queries, JobExecutor executor) {
        this.controller = new SqlController(model, queries, executor);
    }

    @Override
    public String title() {
        return "SQL";
    }

    @Override
    public String description() {
        return "Run SQL on the workspace warehouse";
    }

    @Override
    public Node view() {
        if (view == null) view = new SqlView(model, controller);
        return view;
    }

    @Override
    public void close() {
        controller.cancel();
    }

    public SqlModel model() {
        return model;
    }
}
