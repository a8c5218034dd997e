package dev.playlens.app.shell;

import dev.playlens.app.AppContext;
import dev.playlens.app.services.WorkspaceServices;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.job.JobHandle;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * One run of the GUI: picks the workspace (generating the demo on first start, with a progress dialog),
 * opens the main window, and in screenshot mode saves the window once the demo heatmap is on screen.
 */
final class GuiSession {
    private final AppContext context;
    private final CompletableFuture<Integer> exit;
    private final JobsModel jobs = new JobsModel();
    private MainWindow window;
    private boolean screenshotMode;

    GuiSession(AppContext context, CompletableFuture<Integer> exit) {
        this.context = context;
        this.exit = exit;
        jobs.attach(context.executor());
    }

    /** On the FX thread. */
    void begin(Path workspaceDir, Path screenshot) {
        screenshotMode = screenshot != null;
        ThemeManager theme = new ThemeManager(context.dataDirs().uiSettingsFile());
        window = new MainWindow(new Stage(), theme, jobs, new dev.playlens.app.ScreenFactory(context.executor(), context.env()),
                this::openChosen, () -> quit(0));
        if (workspaceDir != null) {
            openAndShow(Workspace.open(workspaceDir), screenshot);
            return;
        }
        Path demo = context.dataDirs().demoWorkspace();
        if (Workspace.exists(demo)) {
            openAndShow(Workspace.open(demo), screenshot);
            return;
        }
        JobHandle<Workspace> job = context.executor().submit("Create the demo workspace",
                context.demoWorkspace().create(demo));
        DemoProgressDialog dialog = new DemoProgressDialog(job, demo);
        dialog.show();
        job.result().whenComplete((ws, error) -> Platform.runLater(() -> {
            dialog.close();
            if (error != null) {
                fail("Cannot create the demo workspace in " + demo + ": " + describe(error));
            } else {
                openAndShow(ws, screenshot);
            }
        }));
    }

    private void openAndShow(Workspace workspace, Path screenshot) {
        WorkspaceServices services;
        try {
            services = context.servicesFactory().apply(workspace);
        } catch (RuntimeException e) {
            fail("Cannot open the warehouse of " + workspace.dir() + ": " + describe(e));
            return;
        }
        window.open(services);
        window.show();
        if (screenshot != null) {
            new WindowScreenshot(window, screenshot).takeWhenHeatmapRendered(
                    () -> quit(0), message -> {
                        System.err.println("playlens: screenshot failed: " + message);
                        quit(1);
                    });
        }
    }

    private void openChosen(File dir) {
        try {
            Workspace ws = Workspace.open(dir.toPath());
            window.open(context.servicesFactory().apply(ws));
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Cannot open workspace");
            alert.initOwner(window.stage());
            alert.showAndWait();
        }
    }

    private void fail(String message) {
        System.err.println("playlens: " + message);
        if (screenshotMode) {
            quit(1); // a script is waiting: no dialog nobody will close
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText("Playlens cannot start");
        alert.setOnHidden(e -> quit(1));
        alert.show();
    }

    /** Close: cancel running jobs, close connections, leave. */
    private void quit(int code) {
        context.executor().active().forEach(JobHandle::cancel);
        window.closeWorkspace();
        window.stage().hide();
        exit.complete(code);
    }

    static String describe(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.CompletionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
