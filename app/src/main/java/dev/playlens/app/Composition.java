package dev.playlens.app;

import dev.playlens.app.services.DemoSetup;
import dev.playlens.app.services.WarehouseWorkspaceServices;
import dev.playlens.app.workspace.DataDirs;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.warehouse.Credentials;

import java.util.Map;

/** Builds the GUI's {@link AppContext} from real components; the only place that chooses implementations. */
public final class Composition {
    private Composition() {
    }

    public static AppContext gui(DataDirs dataDirs, Map<String, String> env) {
        Credentials credentials = Credentials.fromEnvironment(env);
        DemoSetup demo = new DemoSetup();
        return new AppContext(new ThreadPoolJobExecutor(), dataDirs,
                workspace -> WarehouseWorkspaceServices.open(workspace, credentials),
                demo::firstStart, env);
    }
}
