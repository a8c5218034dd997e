package dev.playlens.app.shell;

import dev.playlens.app.AppContext;
import dev.playlens.app.cli.GuiStarter;
import dev.playlens.app.workspace.DataDirs;
import javafx.application.Platform;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Starts JavaFX from the class path (no {@code Application} subclass), runs a {@link GuiSession} and returns
 * its exit code once the window is closed or the screenshot is written.
 */
public final class GuiLauncher implements GuiStarter {
    private final Function<DataDirs, AppContext> composition;
    /** Held so the level set below is not lost with a collected logger. */
    private java.util.logging.Logger platformLogger;

    public GuiLauncher(Function<DataDirs, AppContext> composition) {
        this.composition = composition;
    }

    @Override
    public int start(Path workspace, Path screenshot) {
        // JavaFX on the class path (the launcher's choice) is supported in practice; its warning only confuses users.
        platformLogger = java.util.logging.Logger.getLogger("javafx");
        platformLogger.setLevel(java.util.logging.Level.SEVERE);
        DataDirs dirs = DataDirs.fromSystem();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        try (AppContext context = composition.apply(dirs)) {
            OutOfMemoryGuard.withAlert().install(context.executor());
            try {
                Platform.startup(() -> {
                Platform.setImplicitExit(false);
                    try {
                        new GuiSession(context, exit).begin(workspace, screenshot);
                    } catch (RuntimeException e) {
                        System.err.println("playlens: " + GuiSession.describe(e));
                        exit.complete(1);
                    }
                });
            } catch (UnsupportedOperationException | IllegalStateException e) {
                throw new IllegalStateException("cannot open a window (" + e.getMessage()
                        + "): set DISPLAY, or run under xvfb-run for --screenshot", e);
            }
            int code = exit.join();
            Platform.exit();
            return code;
        }
    }
}
