package dev.playlens.app;

import dev.playlens.app.cli.Cli;
import dev.playlens.app.shell.GuiLauncher;

import java.io.PrintWriter;

/**
 * The entry point for people and scripts. No arguments (or {@code --workspace DIR}) opens the GUI,
 * {@code --screenshot FILE.png} renders the main window to a PNG, a sub-command runs headless.
 * Deliberately not a JavaFX {@code Application}: JavaFX is started only when the GUI is asked for,
 * so the command line works without a display and JavaFX can load from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = new Cli(System.getenv(),
                new GuiLauncher(dirs -> Composition.gui(dirs, System.getenv()))).execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
