package dev.playlens.app.storage;

import dev.playlens.app.shell.Screen;
import dev.playlens.app.workspace.JsonFileStore;
import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.job.JobExecutor;
import dev.playlens.storage.StoreSettings;
import javafx.scene.Node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Wires the Storage screen: browse S3, Azure Blob and local locations, preview objects, copy between locations
 * through the transfer queue, clean abandoned uploads, and hand a folder to the warehouse load.
 */
public final class StorageScreen implements Screen {
    static final int PREVIEW_LINES = 50;
    static final int PARALLEL_COPIES = 2;
    /** Where the demo generator writes the game's telemetry inside a workspace. */
    static final String DEMO_BUCKET = dev.playlens.demo.DemoGenerator.BUCKET;

    private final StorageModel model = new StorageModel();
    private final StoreConnector connector;
    private final BrowserController browser;
    private final TransferQueue queue;
    private final StorageController controller;
    private StorageView view;
    private boolean loaded;

    /**
     * @param env               the process environment: AWS_* and AZURE_STORAGE_* for the stores
     * @param loadIntoWarehouse receives a folder's URI when the analyst asks to load it into the warehouse
     */
    public StorageScreen(Workspace workspace, JobExecutor executor, Map<String, String> env, Consumer<String> loadIntoWarehouse) {
        this.connector = new StoreConnector(env);
        this.browser = new BrowserController(model, connector, executor, new ObjectPreviewer(PREVIEW_LINES, new ParquetPreview()));
        this.queue = new TransferQueue(executor, new TransferJobs(connector, workspace.journalDir())::job, PARALLEL_COPIES);
        this.controller = new StorageController(model, browser, queue, connector,
                JsonFileStore.in(workspace, StorageSettings.FILE_NAME, StorageSettings.class, () -> fromWorkspace(workspace)),
                executor, loadIntoWarehouse);
    }

    /**
     * Before the first save: the locations workspace.json names (skipping any that do not parse), and the demo
     * game's local bucket folder when the workspace has one.
     */
    static StorageSettings fromWorkspace(Workspace workspace) {
        List<SavedLocation> locations = new ArrayList<>();
        for (var l : workspace.settings().savedLocations()) {
            try {
                locations.add(SavedLocation.of(l.name(), l.uri()));
            } catch (RuntimeException e) {
                System.getLogger(StorageScreen.class.getName()).log(System.Logger.Level.WARNING,
                        "skipping saved location " + l.name() + ": " + e.getMessage());
            }
        }
        Path bucket = workspace.dir().resolve(DEMO_BUCKET);
        if (Files.isDirectory(bucket)) locations.add(SavedLocation.of("Workspace bucket (local)", bucket.toString()));
        return new StorageSettings(locations);
    }

    /**
     * Store settings for a location handed elsewhere (the load dialog): those of the saved location holding it (its
     * endpoint and region), else the environment's. Call on the FX thread.
     */
    public StoreSettings settingsFor(String uri) {
        SavedLocation holder = List.copyOf(model.locations()).stream()
                .filter(l -> !l.relative(uri).equals(uri)).findFirst()
                .orElseGet(() -> new SavedLocation(uri, uri, null, null));
        return connector.settingsFor(holder);
    }

    @Override
    public String title() {
        return "Storage";
    }

    @Override
    public String description() {
        return "Browse buckets and copy telemetry between them";
    }

    @Override
    public Node view() {
        if (view == null) view = new StorageView(model, browser, controller, queue);
        return view;
    }

    @Override
    public void activate() {
        if (!loaded) {
            loaded = true;
            controller.loadLocations();
        }
    }

    @Override
    public void close() {
        browser.cancel();
        queue.stopAll();
        connector.close();
    }

    public StorageModel model() {
        return model;
    }

    public StorageController controller() {
        return controller;
    }

    public BrowserController browser() {
        return browser;
    }

    public TransferQueue queue() {
        return queue;
    }
}
