package dev.playlens.app.sql;

import dev.playlens.app.connections.ConnectionStore;
import dev.playlens.app.connections.ConnectionsDialog;
import dev.playlens.app.connections.PasswordDialog;
import dev.playlens.app.connections.Passwords;
import dev.playlens.app.ingest.IngestController;
import dev.playlens.app.ingest.IngestDialog;
import dev.playlens.app.ingest.IngestModel;
import dev.playlens.app.ingest.IngestSources;
import dev.playlens.app.services.WorkspaceServices;
import dev.playlens.app.shell.Screen;
import dev.playlens.core.job.JobExecutor;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

import java.util.List;

/**
 * Wires the SQL workbench: its model, view and controller, the connection chooser and manager, and the
 * "Load telemetry" dialog. Other screens hand a location to {@link #openIngestDialog(String)}.
 */
public final class SqlScreen implements Screen {
    private final SqlModel model = new SqlModel();
    private final SqlController controller;
    private final WorkspaceServices services;
    private final JobExecutor executor;
    private final Passwords passwords;
    private final ConnectionStore store;
    private final WorkbenchConnections connections;
    private final IngestSources ingestSources = new IngestSources();
    private final IngestModel ingestModel = new IngestModel();
    private final IngestController ingest;
    private SqlView view;
    private IngestDialog ingestDialog;

    /** @param prompt asks for passwords the keychain does not have; null for the password dialog */
    public SqlScreen(WorkspaceServices services, JobExecutor executor, Passwords passwords, Passwords.Prompt prompt) {
        this.services = services;
        this.executor = executor;
        this.passwords = passwords;
        this.controller = new SqlController(model, services.queries(), executor);
        this.store = new ConnectionStore(services.workspace().dir());
        this.connections = new WorkbenchConnections(services, store, passwords,
                prompt != null ? prompt : new PasswordDialog(passwords, this::window), executor, controller, model);
        connections.activeProperty().addListener((o, a, now) -> showTarget());
        this.ingest = new IngestController(ingestModel, executor, ingestSources, connections::warehouse,
                services.workspace().journalDir(), controller::refreshSchema);
    }

    public SqlScreen(WorkspaceServices services, JobExecutor executor, Passwords passwords) {
        this(services, executor, passwords, null);
    }

    @Override
    public String title() {
        return "SQL";
    }

    @Override
    public String description() {
        return "Run SQL on the workspace warehouse or a saved connection; load telemetry";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new SqlView(model, controller, this::openConnectionsDialog, () -> openIngestDialog(null),
                    connectionChooser());
            controller.viewShown();
        }
        return view;
    }

    /** Warehouse → Load telemetry…, Connections…: reachable from any screen. */
    @Override
    public List<Menu> menus() {
        MenuItem load = new MenuItem("Load telemetry…");
        load.setId("menu-load-telemetry");
        load.setOnAction(e -> openIngestDialog(null));
        MenuItem manage = new MenuItem("Connections…");
        manage.setOnAction(e -> openConnectionsDialog());
        Menu warehouse = new Menu("Warehouse", null, load, manage);
        warehouse.setId("menu-warehouse");
        return List.of(warehouse);
    }

    private Node connectionChooser() {
        ComboBox<WorkbenchConnections.Choice> chooser = new ComboBox<>(connections.choices());
        chooser.setId("sql-connection");
        chooser.setValue(connections.activeProperty().get());
        // No switching under a running query or load: the load writes into the connection it started on.
        chooser.disableProperty().bind(model.running.or(ingestModel.runningProperty()));
        connections.activeProperty().addListener((o, a, now) -> {
            if (now != null) chooser.setValue(now);
        });
        chooser.valueProperty().addListener((o, a, now) -> {
            // Later: the password prompt must not open inside the chooser's own value change.
            if (now != null && !now.equals(connections.activeProperty().get())) {
                javafx.application.Platform.runLater(() -> connections.select(now));
            }
        });
        return chooser;
    }

    /**
     * Opens the load dialog with {@code sourceUri} filled in (a local path or file: URI; other schemes once
     * registered with {@link #ingestSources()}), loading into the connection in use. Null leaves the field as it was.
     */
    public IngestDialog openIngestDialog(String sourceUri) {
        if (sourceUri != null) ingestModel.sourceProperty().set(sourceUri);
        showTarget();
        if (ingestDialog == null) ingestDialog = new IngestDialog(ingestModel, ingest, window());
        ingestDialog.show();
        return ingestDialog;
    }

    private void showTarget() {
        if (connections.activeProperty().get() == null) return;
        ingestModel.targetProperty().set("game_events on " + connections.activeProperty().get().label() + " — "
                + connections.warehouse().location());
    }

    public ConnectionsDialog openConnectionsDialog() {
        ConnectionsDialog dialog = new ConnectionsDialog(store, passwords, executor, services.workspace().dir(), window(),
                connections::reload);
        dialog.show();
        return dialog;
    }

    private Window window() {
        return view == null || view.getScene() == null ? null : view.getScene().getWindow();
    }

    @Override
    public void close() {
        controller.cancel();
        ingest.cancel();
        if (ingestDialog != null) ingestDialog.stage().close();
        connections.close();
    }

    public SqlModel model() {
        return model;
    }

    public SqlController controller() {
        return controller;
    }

    public WorkbenchConnections connections() {
        return connections;
    }

    public IngestModel ingestModel() {
        return ingestModel;
    }

    /** Where other screens register loaders for their locations (e.g. s3://, azure://). */
    public IngestSources ingestSources() {
        return ingestSources;
    }
}
