package dev.playlens.app.sql;

import dev.playlens.app.connections.Keychain;
import dev.playlens.app.connections.Passwords;
import dev.playlens.app.services.WarehouseWorkspaceServices;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.warehouse.Credentials;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The SQL screen over a workspace's warehouse, shown in a test's stage; {@link #close} takes it down in order. */
final class SqlScreenOnStage implements AutoCloseable {
    final ThreadPoolJobExecutor executor = new ThreadPoolJobExecutor();
    final WarehouseWorkspaceServices services;
    final SqlScreen screen;
    private final Stage stage;

    SqlScreenOnStage(Stage stage, Workspace workspace, double width, double height) {
        this.stage = stage;
        services = WarehouseWorkspaceServices.open(workspace, Credentials.none());
        screen = new SqlScreen(services, executor, new Passwords(Keychain.NONE), (p, reason) -> Optional.empty());
        stage.setScene(new Scene((Parent) screen.view(), width, height));
        stage.show();
    }

    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            screen.close();
            stage.hide();
        }).get(10, TimeUnit.SECONDS);
        executor.close();
        services.close();
    }
}
