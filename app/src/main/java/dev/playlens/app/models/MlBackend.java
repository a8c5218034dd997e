package dev.playlens.app.models;

import dev.playlens.core.job.JobContext;
import dev.playlens.core.sql.Engine;
import dev.playlens.ml.cluster.ClusteringService;
import dev.playlens.ml.cluster.KMeansClusterer;
import dev.playlens.ml.cluster.PerClusterComparison;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.FeatureWindow;
import dev.playlens.ml.data.GameEventsFeatureQuery;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.data.TableReader;
import dev.playlens.ml.model.ClassifierTrainer;
import dev.playlens.ml.prep.PreprocessorFitter;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.ml.train.TrainingService;
import dev.playlens.warehouse.Warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ml module wired to one workspace: its warehouse (tables, the default feature query) and its registry
 * ({@code models/}). Plain Java, so the screen's logic is testable without JavaFX.
 */
public final class MlBackend {
    private final Warehouse warehouse;
    private final ModelRegistry registry;
    private final FeatureLoader loader;
    private final TrainingService training;
    private final ClusteringService clustering;
    private final PerClusterComparison perCluster;

    /** @param warehouse the workspace's open warehouse, or null when there is none (files only) */
    public MlBackend(Warehouse warehouse, Path modelsDir) {
        this.warehouse = warehouse;
        this.registry = new ModelRegistry(modelsDir);
        this.loader = new FeatureLoader(location -> connect(), new TableReader());
        PreprocessorFitter fitter = new PreprocessorFitter();
        // Leave a core to the GUI while XGBoost trains.
        ClassifierTrainer trainer = new ClassifierTrainer(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        this.training = new TrainingService(loader, trainer, fitter, Optional.of(registry));
        this.clustering = new ClusteringService(loader, fitter, new KMeansClusterer(), Optional.of(registry));
        this.perCluster = new PerClusterComparison(trainer, fitter);
    }

    public ModelRegistry registry() {
        return registry;
    }

    public TrainingService training() {
        return training;
    }

    public PerClusterComparison perCluster() {
        return perCluster;
    }

    public ClusteringService clustering() {
        return clustering;
    }

    public RawTable load(DataSource source, JobContext context) throws SQLException {
        return loader.load(source, context);
    }

    public String warehouseLocation() {
        return warehouse == null ? "none" : warehouse.location();
    }

    private Connection connect() throws SQLException {
        if (warehouse == null) throw new IllegalStateException("this workspace has no warehouse; choose a file");
        return warehouse.connect();
    }

    /** The warehouse's user tables and views, for the table picker. */
    public List<String> tables() throws SQLException {
        List<String> out = new ArrayList<>();
        if (warehouse == null) return out;
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema NOT IN "
                        + "('information_schema', 'pg_catalog') ORDER BY 1, 2")) {
            while (rs.next()) {
                String schema = rs.getString(1), name = rs.getString(2);
                out.add("main".equals(schema) || "public".equals(schema) ? name : schema + "." + name);
            }
        }
        return out;
    }

    /**
     * The default per-player feature query over {@code game_events}. Without an explicit window it takes the
     * last {@code 2 × horizon} days before the label horizon that ends at the newest event.
     */
    public DataSource defaultFeatureQuery(Instant from, Instant to, Duration horizon) throws SQLException {
        if (from == null || to == null) {
            Instant newest = newestEvent();
            to = newest.minus(horizon);
            from = to.minus(horizon.multipliedBy(2));
        }
        Engine engine = warehouse == null ? Engine.DUCKDB : warehouse.engine();
        return new GameEventsFeatureQuery(engine, GameEventsFeatureQuery.EventTypes.DEFAULT)
                .build(new FeatureWindow(from, to, horizon)).on(warehouseLocation());
    }

    private Instant newestEvent() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(event_timestamp) FROM game_events")) {
            Timestamp t = rs.next() ? rs.getTimestamp(1) : null;
            if (t == null) throw new IllegalStateException("game_events is empty; load telemetry first");
            return t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
    }
}
