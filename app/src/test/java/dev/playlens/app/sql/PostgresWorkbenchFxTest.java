package dev.playlens.app.sql;

import dev.playlens.app.connections.ConnectionProfile;
import dev.playlens.app.connections.ConnectionStore;
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
        new ConnectionStore(workspace.dir()).save(List.of(
                new ConnectionProfile("Test PostgreSQL", "postgresql", pg.host(), pg.port(), "playlens", pg.user(), "prefer")));
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
