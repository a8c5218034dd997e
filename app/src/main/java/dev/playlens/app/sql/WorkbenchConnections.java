package dev.playlens.app.sql;

import dev.playlens.app.connections.ConnectionProfile;
import dev.playlens.app.connections.ConnectionStore;
import dev.playlens.app.connections.ConnectionTester;
import dev.playlens.app.connections.Passwords;
import dev.playlens.app.services.QueryService;
import dev.playlens.app.services.WarehouseQueryService;
import dev.playlens.app.services.WorkspaceServices;
import dev.playlens.core.job.JobExecutor;
import dev.playlens.core.job.JobHandle;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * The connection the workbench runs on: the workspace's own warehouse, or one of the saved connections. Picking
 * a saved one finds its password (keychain, this session, or the prompt), opens it in a job and switches the
 * workbench's query service to it; the previous saved connection is closed. Ingestion loads into the same one.
 */
public final class WorkbenchConnections {
    /** An entry of the connection chooser; {@code profile} is null for the workspace's own warehouse. */
    public record Choice(String label, ConnectionProfile profile) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final WorkspaceServices services;
    private final ConnectionStore store;
    private final Passwords passwords;
    private final Passwords.Prompt prompt;
    private final JobExecutor executor;
    private final SqlController sql;
    private final SqlModel model;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> active = new SimpleObjectProperty<>();
    private Warehouse warehouse;
    private QueryService owned;

    public WorkbenchConnections(WorkspaceServices services, ConnectionStore store, Passwords passwords,
                                Passwords.Prompt prompt, JobExecutor executor, SqlController sql, SqlModel model) {
        this.services = services;
        this.store = store;
        this.passwords = passwords;
        this.prompt = prompt;
        this.executor = executor;
        this.sql = sql;
        this.model = model;
        this.warehouse = services.warehouse();
        reload();
        active.set(choices.getFirst());
        model.connection.set(choices.getFirst().label());
    }

    /** Re-reads connections.json (after the connection manager saved), keeping the active choice when it still exists. */
    public void reload() {
        String keep = active.get() == null ? null : active.get().label();
        choices.setAll(new Choice("Workspace warehouse (" + services.warehouse().engine().name().toLowerCase(java.util.Locale.ROOT)
                + ")", null));
        try {
            store.load().forEach(p -> choices.add(new Choice(p.label(), p)));
        } catch (RuntimeException e) {
            model.status.set("Cannot read the saved connections: " + e.getMessage());
        }
        choices.stream().filter(c -> c.label().equals(keep)).findFirst().ifPresent(active::set);
    }

    /**
     * Switches to {@code choice}. For a server the password comes from the keychain (looked up in a job: the
     * tool may take a moment or ask to unlock), else from this session, else from the prompt; then the
     * connection is opened in a job and the workbench switches once it answers.
     */
    public void select(Choice choice) {
        if (choice == null || choice.equals(active.get()) && warehouseMatches(choice)) return;
        if (choice.profile() == null) {
            switchTo(choice, services.warehouse(), services.queries(), false);
            return;
        }
        ConnectionProfile p = choice.profile();
        if (!p.usesPassword()) {
            open(choice, Credentials.none());
            return;
        }
        model.status.set("Looking up the password of " + p.name() + "…");
        executor.submit("Find the password of " + p.name(), ctx -> passwords.known(p)).result()
                .whenComplete((known, error) -> Platform.runLater(() -> {
                    Optional<String> password = known != null && known.isPresent() ? known
                            : prompt.ask(p, "Password for " + p.account());
                    if (password.isEmpty()) {
                        model.status.set("No password given: still on " + active.get().label() + ".");
                        reannounce();
                        return;
                    }
                    passwords.rememberForSession(p, password.get());
                    open(choice, new Credentials(p.user(), password.get()));
                }));
    }

    private void open(Choice choice, Credentials credentials) {
        ConnectionProfile p = choice.profile();
        ConnectionTester tester = new ConnectionTester(services.workspace().dir());
        model.status.set("Connecting to " + p.label() + "…");
        JobHandle<Warehouse> job = executor.submit("Connect to " + p.name(), ctx -> tester.open(p, credentials));
        job.result().whenComplete((w, error) -> Platform.runLater(() -> {
            if (error == null) {
                switchTo(choice, w, new WarehouseQueryService(w, services.workspace().historyDir().resolve("queries.jsonl")), true);
                model.status.set("Connected to " + p.label() + ".");
            } else {
                if (p.usesPassword()) passwords.forget(p); // a wrong password must be asked for again
                Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                model.status.set(t.getMessage());
                reannounce();
            }
        }));
    }

    /** Tells the chooser again which connection is in use, so it leaves a choice that failed. */
    private void reannounce() {
        Choice current = active.get();
        active.set(null);
        active.set(current);
    }

    private boolean warehouseMatches(Choice choice) {
        return choice.profile() == null ? warehouse == services.warehouse() : owned != null;
    }

    private void switchTo(Choice choice, Warehouse w, QueryService queries, boolean own) {
        QueryService previous = owned;
        Warehouse previousWarehouse = warehouse;
        sql.use(queries, choice.label());
        warehouse = w;
        owned = own ? queries : null;
        active.set(choice);
        if (previous != null) closeQuietly(previous, previousWarehouse);
    }

    private static void closeQuietly(QueryService queries, Warehouse w) {
        queries.close();
        try {
            w.close();
        } catch (Exception e) {
            System.getLogger(WorkbenchConnections.class.getName()).log(System.Logger.Level.WARNING,
                    "closing " + w.location() + " failed: " + e.getMessage());
        }
    }

    /** The warehouse in use (ingestion target). */
    public Warehouse warehouse() {
        return warehouse;
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public ObjectProperty<Choice> activeProperty() {
        return active;
    }

    /** The workspace is closing: close the saved connection in use (the workspace's own closes with it). */
    public void close() {
        if (owned != null) closeQuietly(owned, warehouse);
        owned = null;
        warehouse = services.warehouse();
    }
}
