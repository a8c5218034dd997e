package dev.playlens.app.cli;

import java.nio.file.Path;

/** Opens the GUI; the command line hands over to it. Tests replace it so no window opens. */
@FunctionalInterface
public interface GuiStarter {
    /**
     * @param workspace  the workspace to open, or null for the demo workspace
     * @param screenshot when not null: render the main window with the demo heatmap to this PNG and exit
     * @return the process exit code
     */
    int start(Path workspace, Path screenshot);
}
