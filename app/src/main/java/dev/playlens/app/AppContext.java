package dev.playlens.app;

import dev.playlens.app.services.WorkspaceServices;
import dev.playlens.app.workspace.DataDirs;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.job.JobExecutor;

import java.util.function.Function;

/**
 * The composition root of the GUI: the one job executor, where user data lives, and how services for a
 * workspace are built. Everything else receives what it needs from here through its constructor.
 *
 * @param executor         runs every long operation of the session (the status bar watches it)
 * @param dataDirs         the per-user data folder (demo workspace, UI settings)
 * @param servicesFactory  opens the services (warehouse, heatmaps, SQL) of a workspace
 * @param demoWorkspace    builds the demo workspace on first start (a job)
 * @param env              the process environment (cloud credentials and endpoints)
 */
public record AppContext(JobExecutor executor, DataDirs dataDirs,
                         Function<Workspace, WorkspaceServices> servicesFactory,
                         DemoWorkspaceFactory demoWorkspace,
                         java.util.Map<String, String> env) implements AutoCloseable {

    /** Creates the demo workspace in a folder, reporting progress; see {@code DemoSetup}. */
    @FunctionalInterface
    public interface DemoWorkspaceFactory {
        dev.playlens.core.job.Job<Workspace> create(java.nio.file.Path dir);
    }

    @Override
    public void close() {
        executor.close();
    }
}
