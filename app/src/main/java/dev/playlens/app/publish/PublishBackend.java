package dev.playlens.app.publish;

import dev.playlens.core.job.Job;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.TableReader;
import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.publish.PublishHistory;
import dev.playlens.publish.PublishResult;
import dev.playlens.publish.PublishService;
import dev.playlens.publish.PublishTarget;
import dev.playlens.publish.PublishTargets;
import dev.playlens.publish.Publisher;
import dev.playlens.publish.batch.JdbcConnectors;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.storage.StoreSettings;
import dev.playlens.warehouse.Warehouse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Publish screen's plain-Java side (no JavaFX): the registry's models, the publish job, the history, the
 * current version per target and the cache rollback. {@code warehouse#TABLE} names a table in the workspace's own
 * warehouse, whose open connection is reused (an embedded DuckDB file can be opened only once).
 */
public final class PublishBackend {
    public static final String WAREHOUSE_TARGET = "warehouse#";

    private final Warehouse warehouse;
    private final ModelRegistry registry;
    private final PublishHistory history;
    private final WarehouseConnector connector;
    private final Function<String, ObjectStore> stores;
    private final Path scratch;
    private final int batchSize;

    public PublishBackend(Warehouse warehouse, Path modelsDir, Path historyFile, Path scratch, Map<String, String> env,
                          int batchSize) {
        this.warehouse = warehouse;
        this.registry = new ModelRegistry(modelsDir);
        this.history = new PublishHistory(historyFile);
        WarehouseConnector others = JdbcConnectors.fromEnvironment(env);
        this.connector = location -> location.equals(warehouse.location()) ? warehouse.connect() : others.open(location);
        StoreSettings settings = StoreSettings.fromEnvironment(env);
        this.stores = uri -> ObjectStores.open(uri, settings);
        this.scratch = scratch;
        this.batchSize = batchSize;
    }

    /** Every model name in the registry with its versions, oldest first. */
    public Map<String, List<Integer>> models() throws IOException {
        Map<String, List<Integer>> out = new java.util.LinkedHashMap<>();
        for (String name : registry.names()) {
            List<Integer> versions = registry.versions(name);
            if (!versions.isEmpty()) out.put(name, versions);
        }
        return out;
    }

    /** The picked version's summary and training data (metadata only; the model itself is not loaded). */
    public ModelChoice describe(String name, int version) throws IOException {
        return ModelChoice.of(registry.show(new ModelRef(name, version)), warehouse.location());
    }

    /** A target as the publish module takes it: {@code warehouse#T} becomes the workspace warehouse's location. */
    public String resolve(String target) {
        String t = target.strip();
        return t.startsWith(WAREHOUSE_TARGET) ? warehouse.location() + "#" + t.substring(WAREHOUSE_TARGET.length()) : t;
    }

    public Job<PublishResult> publish(PublishRequest request) {
        return context -> {
            PublishTargets parser = new PublishTargets(connector, scratch, stores);
            List<PublishTarget> targets = new ArrayList<>();
            for (String t : request.targets()) targets.add(parser.parse(resolve(t), request.ttl()));
            FeatureLoader loader = new FeatureLoader(connector, new TableReader());
            Publisher publisher = new Publisher(Clock.systemUTC(), Optional.of(history), batchSize);
            String id = request.idColumn() == null || request.idColumn().isBlank() ? null : request.idColumn().strip();
            return new PublishService(registry, loader, publisher).job(new ModelRef(request.model(), request.version()),
                    source(request), id, targets).run(context);
        };
    }

    private DataSource source(PublishRequest request) {
        String data = request.data() == null ? "" : request.data().strip();
        if (data.isEmpty()) throw new IllegalArgumentException("name the data to score (a table, a query or a file)");
        return switch (request.dataKind()) {
            case TABLE -> new DataSource.WarehouseTable(warehouse.location(), data);
            case QUERY -> new DataSource.WarehouseQuery(warehouse.location(), data, List.of());
            case FILE -> new DataSource.File(Path.of(data));
        };
    }

    /** The publish history, newest first. */
    public List<HistoryRow> history() throws IOException {
        List<HistoryRow> rows = new ArrayList<>();
        String own = warehouse.location() + "#";
        for (Map<String, Object> m : history.read()) {
            HistoryRow r = HistoryRow.of(m);
            rows.add(r.withTargets(r.targets().replace(own, WAREHOUSE_TARGET)));
        }
        rows.sort(Comparator.comparing(HistoryRow::time).reversed());
        return rows;
    }

    /** Where each target stands for {@code model}: read from Redis, the table or the folder itself. */
    public List<TargetState> states(String model, List<String> targets) throws IOException {
        List<Integer> versions = registry.versions(model);
        TargetStates reader = new TargetStates(connector, stores);
        List<TargetState> out = new ArrayList<>();
        for (String t : targets) out.add(reader.read(t, resolve(t), model, versions));
        return out;
    }

    /** Moves the cache's {@code current} of {@code model} to {@code version} (its keys must still be there). */
    public Job<Void> rollback(String target, String model, int version) {
        return context -> {
            context.progress(0, 1, "switching " + model + " to v" + version + " on " + target);
            TargetStates.switchCache(resolve(target), model, version);
            context.progress(1, 1, model + " is on v" + version + " in " + target);
            return null;
        };
    }
}
