package dev.playlens.app.shell;

import dev.playlens.app.ScreenFactory;
import dev.playlens.app.services.WarehouseWorkspaceServices;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.warehouse.Credentials;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real main window on a workspace for UI tests, wired as the app wires it (one job executor, the screen
 * factory with the given environment), opened and shown. {@link #close()} closes the workspace, hides the
 * window and stops the executor.
 */
public final class TestMainWindow implements AutoCloseable {
    private final ThreadPoolJobExecutor executor = new ThreadPoolJobExecutor();
    private final ThemeManager theme;
    private final MainWindow window;
    private final WarehouseWorkspaceServices services;

    private TestMainWindow(Stage stage, Workspace workspace, Path uiSettings, Map<String, String> env) {
        JobsModel jobs = new JobsModel();
        jobs.attach(executor);
        theme = new ThemeManager(uiSettings);
        window = new MainWindow(stage, theme, jobs, new ScreenFactory(executor, env), dir -> { }, () -> { });
        services = WarehouseWorkspaceServices.open(workspace, Credentials.none());
        window.open(services);
        window.show();
    }

    /** Call on the FX thread (a TestFX {@code @Start} method). */
    public static TestMainWindow open(Stage stage, Workspace workspace, Path uiSettings, Map<String, String> env) {
        return new TestMainWindow(stage, workspace, uiSettings, env);
    }

    /** Selects the screen of that title and returns it. */
    @SuppressWarnings("unchecked")
    public <S extends Screen> S show(String title) {
        Screen screen = window.screens().byTitle(title);
        window.select(screen);
        return (S) screen;
    }

    public MainWindow window() {
        return window;
    }

    public ThemeManager theme() {
        return theme;
    }

    public WarehouseWorkspaceServices services() {
        return services;
    }

    public ThreadPoolJobExecutor executor() {
        return executor;
    }

    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.closeWorkspace();
            window.stage().hide();
        }).get(20, TimeUnit.SECONDS);
        executor.close();
    }
}
