package dev.playlens.app.sql;

import dev.playlens.app.connections.ConnectionProfile;
import dev.playlens.app.connections.ConnectionStore;
import dev.playlens.app.connections.ConnectionsDialog;
import dev.playlens.app.connections.Keychain;
import dev.playlens.app.connections.Passwords;
import dev.playlens.app.services.WarehouseWorkspaceServices;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.app.workspace.WorkspaceSettings;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.testsupport.PostgresServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.warehouse.Credentials;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Switching the workbench to a saved PostgreSQL connection: password prompt, queries there, cancel, errors. */
@ExtendWith({RealServers.class, ApplicationExtension.class})
class PostgresWorkbenchFxTest {
    @TempDir
    static Path dir;

    private final ThreadPoolJobExecutor executor = new ThreadPoolJobExecutor();
    private final AtomicReference<String> typedPassword = new AtomicReference<>();
    private final AtomicInteger prompts = new AtomicInteger();
    private WarehouseWorkspaceServices services;
    private Workspace workspace;
    private SqlScreen screen;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = Workspace.create(dir.resolve("ws-" + System.nanoTime()), WorkspaceSettings.named("PG", null));
        services = WarehouseWorkspaceServices.open(workspace, Credentials.none());
    }

    private void openScreen(PostgresServer pg) throws Exception {
        openScreen(pg, "playlens");
    }

    private void openScreen(PostgresServer pg, String database) throws Exception {
        new ConnectionStore(workspace.dir()).save(List.of(
                new ConnectionProfile("Test PostgreSQL", "postgresql", pg.host(), pg.port(), database, pg.user(), "prefer")));
        WaitForAsyncUtils.asyncFx(() -> {
            screen = new SqlScreen(services, executor, new Passwords(Keychain.NONE), (p, reason) -> {
                prompts.incrementAndGet();
                return Optional.ofNullable(typedPassword.get());
            });
            stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1200, 760));
            stage.show();
        }).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (screen != null) screen.close();
            stage.hide();
        }).get(10, TimeUnit.SECONDS);
        executor.close();
        services.close();
    }

    @Test
    void theWorkbenchSwitchesToPostgresCancelsThereAndStaysUsable(FxRobot robot, PostgresServer pg) throws Exception {
        openScreen(pg);
        typedPassword.set(pg.password());
        SqlModel model = screen.model();
        var choice = screen.connections().choices().get(1);
        robot.interact(() -> screen.connections().select(choice));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> choice.equals(screen.connections().activeProperty().get()));
        assertThat(prompts).hasValue(1);
        assertThat(screen.connections().warehouse().location()).startsWith("jdbc:postgresql://127.0.0.1:" + pg.port());

        robot.interact(() -> model.sqlProperty().set("SELECT current_database() AS db, pg_backend_pid() AS pid"));
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.runningProperty().get() && model.columns().contains("db"));
        assertThat(model.rows().getFirst().getFirst()).isEqualTo("playlens");
        Object pid = model.rows().getFirst().get(1);

        robot.interact(() -> model.sqlProperty().set("SELECT pg_sleep(60)"));
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.elapsedMillisProperty().get() >= 300);
        robot.clickOn("#sql-cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        assertThat(model.statusProperty().get()).isEqualTo("Cancelled.");

        // Same session connection afterwards: the server-side cancel left it usable.
        robot.interact(() -> model.sqlProperty().set("SELECT pg_backend_pid() AS pid, 6 * 7 AS answer"));
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.runningProperty().get() && model.columns().contains("answer"));
        assertThat(model.rows().getFirst()).containsExactly(pid, 42);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.schema().stream().noneMatch(n -> n.table().contains("pg_")));

        // Back to the workspace's own DuckDB.
        robot.interact(() -> screen.connections().select(screen.connections().choices().getFirst()));
        assertThat(screen.connections().warehouse()).isSameAs(services.warehouse());
        assertThat(model.connectionProperty().get()).startsWith("Workspace warehouse");
    }

    @Test
    void theConnectionManagerTestsAddsEditsAndRemoves(FxRobot robot, PostgresServer pg) throws Exception {
        openScreen(pg);
        ConnectionsDialog d = WaitForAsyncUtils.asyncFx(screen::openConnectionsDialog).get(10, TimeUnit.SECONDS);
        assertThat(d.name.getText()).isEqualTo("Test PostgreSQL");
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        robot.interact(() -> {
            d.port.setText(String.valueOf(closed));
            d.password.setText(pg.password());
        });
        assertThat(testMessage(d)).startsWith("Nothing answers at 127.0.0.1:" + closed + ": check the port");
        robot.interact(() -> {
            d.port.setText(String.valueOf(pg.port()));
            d.password.setText("wrong");
        });
        assertThat(testMessage(d)).startsWith("Wrong user or password");
        robot.interact(() -> d.password.setText(pg.password()));
        assertThat(testMessage(d)).startsWith("Connected: PostgreSQL");

        // Edit: the saved connection gets another name; the typed password stays out of the file.
        robot.interact(() -> {
            d.name.setText("Renamed PostgreSQL");
            d.save();
        });
        Path file = workspace.dir().resolve("connections.json");
        assertThat(java.nio.file.Files.readString(file)).contains("Renamed PostgreSQL").doesNotContain("Test PostgreSQL")
                .doesNotContainPattern("(?i)\"password\"\\s*:").doesNotContain("\"server\"");
        // Add a second one, then remove it.
        robot.interact(() -> {
            robot.lookup("#conn-new").queryButton().fire();
            d.name.setText("Scratch");
            d.engine.setValue("duckdb");
            d.database.setText("scratch.duckdb");
            d.save();
        });
        assertThat(screen.connections().choices()).extracting(WorkbenchConnections.Choice::label)
                .containsExactly("Workspace warehouse (duckdb)", "Renamed PostgreSQL  (postgresql 127.0.0.1:" + pg.port()
                        + "/playlens)", "Scratch  (duckdb scratch.duckdb)");
        robot.interact(d::remove);
        assertThat(new ConnectionStore(workspace.dir()).load()).extracting(ConnectionProfile::name)
                .containsExactly("Renamed PostgreSQL");
        assertThat(screen.connections().choices()).hasSize(2);
        robot.interact(() -> d.stage().close());
    }

    @Test
    void aRedshiftIamConnectionIsSavedWithoutPasswordAndNeverAsksForOne(FxRobot robot, PostgresServer pg) throws Exception {
        assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null
                && !java.nio.file.Files.exists(Path.of(System.getProperty("user.home"), ".aws")), "AWS credentials present");
        openScreen(pg);
        ConnectionsDialog d = WaitForAsyncUtils.asyncFx(screen::openConnectionsDialog).get(10, TimeUnit.SECONDS);
        robot.interact(() -> {
            robot.lookup("#conn-new").queryButton().fire();
            d.name.setText("Prod (IAM)");
            d.engine.setValue("redshift");
            d.host.setText("127.0.0.1");
            d.database.setText("games");
            d.user.setText("analyst");
            d.ssl.setValue("require");
        });
        assertThat(d.auth.isDisable()).isFalse();
        assertThat(d.port.getText()).isEqualTo("5439");
        robot.interact(() -> d.auth.setValue(ConnectionProfile.IAM));
        assertThat(d.password.isDisable()).isTrue();
        robot.interact(d::save);
        assertThat(new ConnectionStore(workspace.dir()).load()).extracting(ConnectionProfile::auth)
                .containsExactly(ConnectionProfile.PASSWORD, ConnectionProfile.IAM);

        var iam = screen.connections().choices().stream().filter(c -> c.label().startsWith("Prod (IAM)")).findFirst().orElseThrow();
        robot.interact(() -> screen.connections().select(iam));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> screen.model().statusProperty().get() != null
                && screen.model().statusProperty().get().startsWith("IAM sign-in found no AWS credentials"));
        assertThat(prompts).hasValue(0);
        assertThat(screen.connections().warehouse()).isSameAs(services.warehouse()); // still on the workspace's own

        robot.interact(() -> d.engine.setValue("postgresql"));
        assertThat(d.auth.getValue()).isEqualTo(ConnectionProfile.PASSWORD);
        assertThat(d.auth.isDisable()).isTrue();
        assertThat(d.password.isDisable()).isFalse();
        robot.interact(() -> d.stage().close());
    }

    private static String testMessage(ConnectionsDialog d) throws Exception {
        var job = WaitForAsyncUtils.asyncFx(d::test).get(10, TimeUnit.SECONDS);
        job.result().handle((v, e) -> null).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return d.message.getText();
    }

    @Test
    void loadTelemetryGoesIntoTheConnectionInUse(FxRobot robot, PostgresServer pg) throws Exception {
        pg.newDatabase("sql_gui_ingest");
        openScreen(pg, "sql_gui_ingest");
        typedPassword.set(pg.password());
        var choice = screen.connections().choices().get(1);
        robot.interact(() -> screen.connections().select(choice));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> choice.equals(screen.connections().activeProperty().get()));

        var model = screen.ingestModel();
        robot.interact(() -> screen.openIngestDialog(dev.playlens.testsupport.RealData
                .file("aws-pipeline/heatmap-sample-data.txt").toUri().toString())); // a file: URI
        assertThat(model.targetProperty().get()).contains("Test PostgreSQL").contains("jdbc:postgresql://");
        robot.clickOn("#ingest-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.reportProperty().get() != null);
        assertThat(model.reportProperty().get().inserted()).isEqualTo(642);
        try (var c = java.sql.DriverManager.getConnection(pg.jdbcUrl("sql_gui_ingest"), pg.user(), pg.password());
             var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM game_events")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(642);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.model().schema().stream()
                .anyMatch(n -> n.table().equals("game_events")));
    }

    @Test
    void aWrongTypedPasswordIsReportedAndAskedForAgain(FxRobot robot, PostgresServer pg) throws Exception {
        openScreen(pg);
        typedPassword.set("wrong");
        SqlModel model = screen.model();
        var choice = screen.connections().choices().get(1);
        robot.interact(() -> screen.connections().select(choice));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.statusProperty().get().startsWith("Wrong user or password"));
        assertThat(screen.connections().activeProperty().get().profile()).isNull(); // still on the workspace warehouse

        typedPassword.set(pg.password());
        robot.interact(() -> screen.connections().select(choice));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> choice.equals(screen.connections().activeProperty().get()));
        assertThat(prompts).hasValue(2);
    }
}
