package dev.playlens.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code playlens [--workspace DIR] [--screenshot FILE.png] | COMMAND …}. */
@Command(name = "playlens", mixinStandardHelpOptions = true, version = "Playlens 0.1.0",
        description = "A desktop workbench for game analytics. Without a command it opens the app.",
        subcommands = {DemoCommand.class, IngestCommand.class, SqlCommand.class,
                HeatmapCommand.class, HeatmapDiffCommand.class, HeatmapRollupCommand.class,
                TransferCommand.class, UploadsCommand.class, TrainCommand.class, ClusterCommand.class,
                ModelsCommand.class})
public final class PlaylensCommand implements Callable<Integer> {
    private final CliEnvironment environment;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Open this workspace folder (default: the demo workspace, generated on first start).")
    Path workspace;

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "Open the main window, wait until it has rendered the demo heatmap, save the window as PNG, exit.")
    Path screenshot;

    @Parameters(arity = "0..1", paramLabel = "WORKSPACE_FILE",
            description = "A workspace to open: a .playlens file beside its workspace.json, the workspace.json, "
                    + "or the folder (what the desktop passes when a workspace file is opened).")
    Path opened;

    @Spec
    CommandSpec spec;

    public PlaylensCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Path dir = workspace;
        if (dir == null && opened != null) {
            dir = WorkspaceArgument.folderOf(opened).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "unknown command or workspace file: " + opened));
        }
        return environment.gui().start(dir, screenshot);
    }
}
