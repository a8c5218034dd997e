package dev.playlens.app.connections;

import dev.playlens.core.job.JobExecutor;
import dev.playlens.core.job.JobHandle;
import dev.playlens.warehouse.Credentials;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * The connection manager: the saved connections on the left, a form on the right; Add, Test, Save, Remove.
 * A typed password is used for Test and kept for the session; it is stored only in the OS keychain (when
 * "Save in the keychain" is ticked), never in connections.json.
 */
public final class ConnectionsDialog {
    private final Stage stage = new Stage();
    private final ConnectionStore store;
    private final Passwords passwords;
    private final JobExecutor executor;
    private final Path workspaceDir;
    private final Runnable saved;
    private final ObservableList<ConnectionProfile> items = FXCollections.observableArrayList();
    private final ListView<ConnectionProfile> list = new ListView<>(items);
    public final TextField name = field("conn-name");
    public final ComboBox<String> engine = new ComboBox<>(FXCollections.observableArrayList("postgresql", "redshift", "duckdb"));
    public final TextField host = field("conn-host");
    public final TextField port = field("conn-port");
    public final TextField database = field("conn-database");
    public final TextField user = field("conn-user");
    public final ComboBox<String> ssl = new ComboBox<>(FXCollections.observableArrayList(
            "prefer", "require", "verify-ca", "verify-full", "disable"));
    public final ComboBox<String> auth = new ComboBox<>(FXCollections.observableArrayList(
            ConnectionProfile.PASSWORD, ConnectionProfile.IAM));
    public final PasswordField password = new PasswordField();
    public final CheckBox savePassword;
    public final Label message = new Label();

    /** @param saved called after the list changed on disk (the workbench reloads its chooser) */
    public ConnectionsDialog(ConnectionStore store, Passwords passwords, JobExecutor executor, Path workspaceDir,
                             Window owner, Runnable saved) {
        this.store = store;
        this.passwords = passwords;
        this.executor = executor;
        this.workspaceDir = workspaceDir;
        this.saved = saved;
        engine.setId("conn-engine");
        ssl.setId("conn-ssl");
        auth.setId("conn-auth");
        auth.setValue(ConnectionProfile.PASSWORD);
        password.setId("conn-password");
        message.setId("conn-message");
        message.setWrapText(true);
        savePassword = new CheckBox("Save the password in " + passwords.keychain().description());
        savePassword.setDisable(!passwords.keychain().available());
        if (!passwords.keychain().available()) savePassword.setText("Save the password in the OS keychain");
        engine.valueProperty().addListener((o, a, b) -> {
            boolean server = !"duckdb".equals(b);
            for (var c : List.of(host, port, user, ssl)) c.setDisable(!server);
            if (!"redshift".equals(b)) auth.setValue(ConnectionProfile.PASSWORD);
            auth.setDisable(!"redshift".equals(b));
            password.setDisable(!server || ConnectionProfile.IAM.equals(auth.getValue()));
            if (server && (port.getText().isBlank() || port.getText().equals(String.valueOf(ConnectionProfile.defaultPort(a))))) {
                port.setText(String.valueOf(ConnectionProfile.defaultPort(b)));
            }
        });
        // IAM: the driver signs in with the AWS credentials of the environment or profile, no password
        auth.valueProperty().addListener((o, a, b) -> password.setDisable(
                "duckdb".equals(engine.getValue()) || ConnectionProfile.IAM.equals(b)));
        list.setId("conn-list");
        list.setPrefWidth(220);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ConnectionProfile p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> show(p));
        items.setAll(store.load());

        GridPane form = new GridPane(10, 8);
        String[] labels = {"Name", "Engine", "Host", "Port", "Database", "User", "SSL mode", "Sign-in", "Password"};
        javafx.scene.Node[] fields = {name, engine, host, port, database, user, ssl, auth, password};
        for (int i = 0; i < labels.length; i++) {
            Label l = new Label(labels[i]);
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            form.addRow(i, l, fields[i]);
        }
        form.add(savePassword, 1, labels.length);
        Label keychainNote = new Label(passwords.keychain().available() ? ""
                : "No keychain tool on this machine: passwords are asked for once per session and never written to disk.");
        keychainNote.setWrapText(true);
        keychainNote.getStyleClass().addAll("text-muted", "text-small");
        form.add(keychainNote, 1, labels.length + 1);
        Button add = button("New", "conn-new", e -> newConnection());
        Button test = button("Test", "conn-test", e -> test());
        Button save = button("Save", "conn-save", e -> save());
        save.getStyleClass().add("accent");
        Button remove = button("Remove", "conn-remove", e -> remove());
        Button close = button("Close", "conn-close", e -> stage.close());
        HBox buttons = new HBox(8, add, test, save, remove, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox right = new VBox(12, form, message, buttons);
        right.setPadding(new Insets(0, 0, 0, 16));
        BorderPane root = new BorderPane(right);
        root.setLeft(list);
        root.setPadding(new Insets(16));
        root.setPrefWidth(760);
        stage.setTitle("Connections");
        stage.setScene(new Scene(root));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        if (items.isEmpty()) newConnection();
        else list.getSelectionModel().selectFirst();
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private void newConnection() {
        list.getSelectionModel().clearSelection();
        show(new ConnectionProfile("", "postgresql", "localhost", 5432, "", "", "prefer"));
        message.setText("");
    }

    private void show(ConnectionProfile p) {
        if (p == null) return;
        name.setText(p.name());
        engine.setValue(p.engine());
        host.setText(p.host() == null ? "" : p.host());
        port.setText(p.port() == 0 ? "" : String.valueOf(p.port()));
        database.setText(p.database() == null ? "" : p.database());
        user.setText(p.user() == null ? "" : p.user());
        ssl.setValue(p.sslMode());
        auth.setValue(p.auth());
        password.clear();
        savePassword.setSelected(false);
    }

    /** The form as a profile, or null with the problem shown. */
    ConnectionProfile form() {
        int portNumber;
        try {
            portNumber = port.getText().isBlank() ? 0 : Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            message.setText("The port must be a number: " + port.getText());
            return null;
        }
        ConnectionProfile p = new ConnectionProfile(name.getText().strip(), engine.getValue(), host.getText().strip(),
                portNumber, database.getText().strip(), user.getText().strip(), ssl.getValue(), auth.getValue());
        String problem = p.problem();
        if (problem != null) {
            message.setText("Cannot use this connection yet: " + problem + ".");
            return null;
        }
        return p;
    }

    /** Tests the form as it is (saved or not) in a job; the result shows below the form. */
    public JobHandle<String> test() {
        ConnectionProfile p = form();
        if (p == null) return null;
        String typed = password.getText();
        message.setText("Testing " + p.label() + "…");
        ConnectionTester tester = new ConnectionTester(workspaceDir);
        JobHandle<String> job = executor.submit("Test connection " + p.name(), ctx -> {
            if (!p.usesPassword()) return tester.test(p, Credentials.none());
            // The keychain lookup runs its tool: here in the job, not on the FX thread.
            Optional<String> pw = typed.isEmpty() ? passwords.known(p) : Optional.of(typed);
            if (pw.isEmpty()) throw new ConnectionTester.ConnectionFailedException("Enter the password to test the connection.");
            return tester.test(p, new Credentials(p.user(), pw.get()));
        });
        job.result().whenComplete((ok, error) -> Platform.runLater(() -> message.setText(error == null ? ok
                : (error instanceof CompletionException && error.getCause() != null ? error.getCause() : error).getMessage())));
        return job;
    }

    public void save() {
        ConnectionProfile p = form();
        if (p == null) return;
        List<ConnectionProfile> next = new ArrayList<>(items);
        next.removeIf(c -> c.name().equals(p.name()));
        ConnectionProfile selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) next.removeIf(c -> c.name().equals(selected.name()));
        next.add(p);
        try {
            if (p.usesPassword() && !password.getText().isEmpty()) {
                passwords.remember(p, password.getText(), savePassword.isSelected());
            }
            store.save(next);
        } catch (IOException | RuntimeException e) {
            message.setText("Not saved: " + e.getMessage());
            return;
        }
        items.setAll(next);
        list.getSelectionModel().select(p);
        boolean typed = p.usesPassword() && !password.getText().isEmpty();
        message.setText("Saved " + p.name() + (!typed ? "." : savePassword.isSelected()
                ? "; the password is in " + passwords.keychain().description() + "."
                : "; the password is kept for this session only."));
        saved.run();
    }

    public void remove() {
        ConnectionProfile p = list.getSelectionModel().getSelectedItem();
        if (p == null) return;
        List<ConnectionProfile> next = new ArrayList<>(items);
        next.remove(p);
        try {
            store.save(next);
            passwords.delete(p);
        } catch (IOException | RuntimeException e) {
            message.setText("Not removed: " + e.getMessage());
            return;
        }
        items.setAll(next);
        message.setText("Removed " + p.name() + ".");
        saved.run();
        if (items.isEmpty()) newConnection();
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(26);
        return f;
    }

    private static Button button(String text, String id, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(action);
        return b;
    }
}
