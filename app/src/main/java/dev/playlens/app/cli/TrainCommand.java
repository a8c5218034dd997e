package dev.playlens.app.cli;

import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.RawTable;
import dev.playlens.ml.data.TableReader;
import dev.playlens.ml.model.Algorithm;
import dev.playlens.ml.model.ClassifierTrainer;
import dev.playlens.ml.model.TrainParams;
import dev.playlens.ml.prep.PreprocessorFitter;
import dev.playlens.ml.train.TrainRequest;
import dev.playlens.ml.train.TrainResult;
import dev.playlens.ml.train.TrainingService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code playlens train DATA --label COL [--positive VALUE] [--algorithm …] … [--json]}. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a classifier, evaluate it on held-out rows and save it in the model registry.",
                "DATA has one row per user. The split is stratified and seeded: the same command and seed give",
                "identical metrics. Each run saves the next version of NAME. Registry: --registry DIR, else the",
                "models/ folder of 'playlens --workspace DIR train …', else ./models."})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;

    @Mixin
    FeatureDataOptions data;

    @Option(names = "--label", required = true, paramLabel = "COL", description = "The column to predict.")
    String label;

    @Option(names = "--positive", paramLabel = "VALUE",
            description = "The label value that counts as positive (needed unless it is obvious: 1, Yes, true).")
    String positive;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "gbt",
            description = "gbt (XGBoost), logistic or random-forest (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--trees", paramLabel = "N", description = "Boosting rounds / forest size (default: 300).")
    Integer trees;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the split, the model and the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--test-fraction", paramLabel = "F", defaultValue = "0.2",
            description = "Share of rows held out for evaluation, 0..1 exclusive (default: ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--cv-folds", paramLabel = "K", defaultValue = "0",
            description = "Also cross-validate with K folds inside the training rows (0 = no; adds cv_auc_mean, cv_auc_std).")
    int cvFolds;

    @Option(names = "--drop", paramLabel = "COL", split = ",", description = "Columns to leave out (ids, leaks).")
    List<String> drop = List.of();

    @Option(names = "--name", paramLabel = "NAME", description = "Registry name (default: the label column in lower case).")
    String name;

    @Option(names = "--no-save", description = "Evaluate only; do not write to the registry.")
    boolean noSave;

    @Option(names = "--registry", paramLabel = "DIR", description = "The model registry folder.")
    Path registry;

    @Option(names = "--json", description = "Print {\"name\":…, \"version\":…, \"auc\":…, \"accuracy\":…, \"f1\":…, \"logloss\":…, …} on stdout.")
    boolean json;

    public TrainCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        TrainRequest request = request(data.source(spec));
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal());
        TrainResult result;
        try (FeatureDataOptions opened = data) {
            FeatureLoader loader = new FeatureLoader(opened.connector(spec, environment.env()), new TableReader());
            TrainingService service = new TrainingService(loader, new ClassifierTrainer(), new PreprocessorFitter(),
                    noSave ? Optional.empty() : Optional.of(ModelRegistries.resolve(spec, registry)));
            progress.progress(0, 5, "loading " + request.data().describe());
            RawTable table = loader.load(request.data(), progress);
            if (!table.has(label)) {
                throw new IllegalArgumentException("--label: no column '" + label + "' in " + request.data().describe()
                        + " (columns: " + String.join(", ", table.names()) + ")");
            }
            result = service.train(request, table, progress);
        } finally {
            progress.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, JsonNumbers.finite(result.summary()));
        } else {
            printSummary(out, result);
        }
        return 0;
    }

    private TrainRequest request(DataSource source) {
        Algorithm chosen;
        try {
            chosen = Algorithm.parse(algorithm);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--test-fraction: must be between 0 and 1, got " + testFraction);
        }
        if (trees != null && trees <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--trees: must be > 0, got " + trees);
        }
        if (cvFolds == 1 || cvFolds < 0 || cvFolds > 20) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cv-folds: must be 0 or 2..20, got " + cvFolds);
        }
        String modelName = noSave ? null : name != null ? name : defaultName(label);
        TrainRequest request = TrainRequest.of(source, label, positive).withAlgorithm(chosen).withSeed(seed)
                .withTestFraction(testFraction).withDrop(drop).withName(modelName).withCrossValidation(cvFolds);
        if (trees != null) request = request.withParams(TrainParams.defaults(chosen).withTrees(trees));
        return request;
    }

    /** "Churn" → "churn"; characters a registry name cannot hold become '-'. */
    static String defaultName(String label) {
        String cleaned = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-").replaceAll("^[^a-z0-9]+", "");
        return cleaned.isEmpty() ? "model" : cleaned;
    }

    private static void printSummary(PrintWriter out, TrainResult r) {
        var m = r.metrics();
        String saved = r.version() == null ? "(not saved)" : r.name() + ":" + r.version();
        out.printf(Locale.ROOT, "%s  %s, seed %d, %d train / %d test rows, %d features%n", saved,
                r.algorithm().cliName(), r.seed(), r.trainRows(), r.testRows(), r.features().size());
        out.printf(Locale.ROOT, "AUC %.4f (95%% CI %.4f..%.4f)  accuracy %.4f  F1 %.4f  log-loss %.4f  PR-AUC %.4f%n",
                m.auc(), r.aucInterval().lower(), r.aucInterval().upper(), m.accuracy(), m.f1(), m.logLoss(), m.prAuc());
        if (r.crossValidation() != null) {
            out.printf(Locale.ROOT, "cross-validation: AUC %.4f ± %.4f over %d folds of the training rows%n",
                    r.crossValidation().mean(), r.crossValidation().std(), r.crossValidation().foldAuc().size());
        }
        StringBuilder top = new StringBuilder("top features:");
        r.importance().entrySet().stream().limit(5).forEach(e -> top.append(String.format(Locale.ROOT, " %s %.0f%%",
                e.getKey(), 100 * e.getValue())));
        out.println(top);
    }
}
