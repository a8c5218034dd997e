package dev.playlens.app.models;

import dev.playlens.app.workspace.JsonFileStore;
import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.GameEventsFeatureQuery;
import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.model.Algorithm;
import dev.playlens.ml.model.TrainParams;
import dev.playlens.ml.train.TrainRequest;
import dev.playlens.ml.train.TrainResult;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Loads the chosen data and trains a classifier on it, as jobs, and puts the outcome in the model. */
public final class ModelsController {
    private static final int BOOTSTRAP_RESAMPLES = 1000;
    private final ModelsModel model;
    private final MlBackend backend;
    private final RunStore runs;
    private final ScreenJobs jobs;
    private final LeaderboardController leaderboard;
    private final JsonFileStore<ModelsSettings> settings;
    private DataSource loadedSource;
    private RawTable loadedTable;

    ModelsController(ModelsModel model, MlBackend backend, RunStore runs, ScreenJobs jobs,
                     LeaderboardController leaderboard, JsonFileStore<ModelsSettings> settings) {
        this.model = model;
        this.backend = backend;
        this.runs = runs;
        this.jobs = jobs;
        this.leaderboard = leaderboard;
        this.settings = settings;
        model.label.addListener((o, was, now) -> labelChanged(now));
        model.dataKind.addListener((o, was, now) -> {
            if (now == DataKind.TABLE && model.tables.isEmpty()) refreshTables();
        });
    }

    public void refreshTables() {
        jobs.start("Listing warehouse tables", ctx -> backend.tables(), model.tables::setAll);
    }

    public void loadData() {
        DataKind kind = model.dataKind.get();
        String file = model.file.get(), table = model.table.get(), sql = model.sql.get();
        LocalDate from = model.windowFrom.get(), to = model.windowTo.get();
        Duration horizon = Duration.ofDays(Math.max(1, model.horizonDays.get()));
        String where = backend.warehouseLocation();
        ModelsSettings form = ModelsSettings.of(model);
        jobs.start("Loading data", ctx -> {
            settings.write(form);
            DataSource source = switch (kind) {
                case FILE -> new DataSource.File(Path.of(file.strip()));
                case TABLE -> new DataSource.WarehouseTable(where, table == null ? "" : table.strip());
                case QUERY -> new DataSource.WarehouseQuery(where, sql, List.of());
                case FEATURE_QUERY -> backend.defaultFeatureQuery(
                        from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                        to == null ? null : to.atStartOfDay().toInstant(ZoneOffset.UTC), horizon);
            };
            RawTable loaded = backend.load(source, ctx);
            // Column statistics scan every row: done here, off the FX thread.
            List<FeatureRow> rows = new ArrayList<>();
            for (RawColumn c : loaded.columns()) rows.add(describe(c));
            return new Loaded(source, loaded, rows);
        }, this::loaded);
    }

    private record Loaded(DataSource source, RawTable table, List<FeatureRow> features) {
    }

    private void loaded(Loaded loaded) {
        loadedSource = loaded.source();
        loadedTable = loaded.table();
        model.features.setAll(loaded.features());
        model.columns.setAll(loadedTable.names());
        String label = guessLabel(loadedTable.names());
        if (label != null && !loadedTable.names().contains(model.label.get())) model.label.set(label);
        else labelChanged(model.label.get());
        String from = loadedSource instanceof DataSource.File f ? f.path().getFileName().toString() : loadedSource.describe();
        model.dataSummary.set(String.format(Locale.ROOT, "%,d rows × %d columns from %s", loadedTable.rowCount(),
                loadedTable.columns().size(), from));
        model.status.set("Loaded " + model.dataSummary.get() + ".");
    }

    private static FeatureRow describe(RawColumn c) {
        int missing = 0;
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < c.size(); i++) {
            if (c.isMissing(i)) missing++;
            else if (distinct.size() < 1_000_000) distinct.add(value(c, i));
        }
        FeatureRow row = new FeatureRow(c.name(), c instanceof RawColumn.Numeric ? "number" : "text", missing, distinct.size());
        // Untick what training would drop anyway as an identifier (almost every text value unique).
        int present = c.size() - missing;
        if (c instanceof RawColumn.Text && present > 20 && distinct.size() > 0.95 * present) row.useProperty().set(false);
        return row;
    }

    private static String value(RawColumn c, int row) {
        return switch (c) {
            case RawColumn.Numeric n -> {
                double v = n.values()[row];
                yield v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
            }
            case RawColumn.Text t -> t.values()[row];
        };
    }

    private static String guessLabel(List<String> names) {
        for (String n : names) {
            String l = n.toLowerCase(Locale.ROOT);
            if (l.equals("churn") || l.equals("churned") || l.equals("label") || l.equals("churn_yn")) return n;
        }
        return null;
    }

    /** Offers the label column's values; an obvious positive (Yes, 1, true) is preselected. */
    private void labelChanged(String label) {
        if (loadedTable == null || label == null || !loadedTable.has(label)) {
            model.labelValues.clear();
            return;
        }
        RawColumn c = loadedTable.column(label);
        Set<String> values = new TreeSet<>();
        for (int i = 0; i < c.size() && values.size() < 50; i++) if (!c.isMissing(i)) values.add(value(c, i));
        model.labelValues.setAll(values);
        if (model.positive.get() == null || !values.contains(model.positive.get())) {
            model.positive.set(values.stream().filter(v -> Set.of("yes", "y", "1", "true")
                    .contains(v.toLowerCase(Locale.ROOT))).findFirst().orElse(null));
        }
        for (FeatureRow f : model.features) {
            if (f.name().equals(label) || otherOutcome(label).equals(f.name())) f.useProperty().set(false);
        }
    }

    /**
     * The player feature query's other label: it describes the same future horizon, so using it as an input
     * would leak the outcome into the model.
     */
    private static String otherOutcome(String label) {
        if (GameEventsFeatureQuery.CHURN_LABEL.equals(label)) return GameEventsFeatureQuery.PAYMENT_LABEL;
        if (GameEventsFeatureQuery.PAYMENT_LABEL.equals(label)) return GameEventsFeatureQuery.CHURN_LABEL;
        return "";
    }

    public void train() {
        TrainRequest request;
        try {
            request = trainRequest(model.modelName.get().strip());
        } catch (IllegalArgumentException | IllegalStateException e) {
            jobs.reject(e.getMessage());
            return;
        }
        RawTable table = loadedTable;
        String title = "Training " + request.name() + " (" + request.algorithm().cliName() + ")";
        ModelsSettings form = ModelsSettings.of(model);
        jobs.start(title, ctx -> {
            settings.write(form);
            TrainResult r = backend.training().train(request, table, ctx);
            runs.savePredictions(r.name(), r.version(), r.testPredictions());
            return r;
        }, this::trained);
    }

    /** The request the form describes on the loaded data; {@code name} null trains without saving. */
    TrainRequest trainRequest(String name) {
        if (loadedTable == null) throw new IllegalStateException("Load data first.");
        String label = model.label.get(), positive = model.positive.get();
        if (label == null || positive == null) throw new IllegalStateException("Choose the label column and its positive value.");
        return new TrainRequest(loadedSource, label, positive, model.algorithm.get(), params(), model.seed.get(),
                model.testFraction.get(), dropped(label), name, 0.5, model.cvFolds.get(), BOOTSTRAP_RESAMPLES);
    }

    RawTable loadedTable() {
        return loadedTable;
    }

    DataSource loadedSource() {
        return loadedSource;
    }

    void saveForm(ModelsSettings form) {
        settings.write(form);
    }

    private void trained(TrainResult r) {
        model.dataReport.setAll(r.dataReport());
        model.trainedRuns.set(model.trainedRuns.get() + 1);
        model.status.set(String.format(Locale.ROOT, "Trained %s v%d: AUC %.3f (95%% CI %.3f–%.3f).", r.name(),
                r.version(), r.metrics().auc(), r.aucInterval().lower(), r.aucInterval().upper()));
        leaderboard.refreshAndShow(r.name() + ":" + r.version());
    }

    TrainParams params() {
        Algorithm a = model.algorithm.get();
        TrainParams d = TrainParams.defaults(a);
        return switch (a) {
            case GBT -> new TrainParams(positive(model.trees.get(), "trees"), model.maxDepth.get(), d.maxNodes(),
                    d.nodeSize(), model.shrinkage.get(), d.subsample(), d.lambda());
            case RANDOM_FOREST -> new TrainParams(positive(model.trees.get(), "trees"), model.maxDepth.get(),
                    d.maxNodes(), d.nodeSize(), d.shrinkage(), d.subsample(), d.lambda());
            case LOGISTIC -> new TrainParams(0, 0, 0, 0, 0, 1.0, model.lambda.get());
        };
    }

    private static int positive(int v, String what) {
        if (v <= 0) throw new IllegalArgumentException(what + " must be > 0");
        return v;
    }

    /** Columns the analyst unticked; the label never counts as a feature and is not listed here. */
    List<String> dropped(String label) {
        return model.features.stream().filter(f -> !f.useProperty().get() && !f.name().equals(label))
                .map(FeatureRow::name).toList();
    }

    public void cancel() {
        jobs.cancel();
    }
}
