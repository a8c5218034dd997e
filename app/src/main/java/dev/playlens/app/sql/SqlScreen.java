package dev.playlens.app.sql;

import dev.playlens.app.services.QueryService;
import dev.playlens.app.shell.Screen;
import dev.playlens.core.job.JobExecutor;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Wires the SQL workbench's model, view and controller. */
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
        if (view == null) {
            Label connection = new Label();
            connection.textProperty().bind(model.connection);
            view = new SqlView(model, controller, () -> { }, () -> { }, connection);
        }
        return view;
    }

    @Override
    public void close() {
        controller.cancel();
    }

    public SqlModel model() {
        return model;
    }

    public SqlController controller() {
        return controller;
    }
}
