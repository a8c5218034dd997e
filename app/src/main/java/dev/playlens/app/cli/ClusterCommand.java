package dev.playlens.app.cli;

import dev.playlens.ml.cluster.ClusterRequest;
import dev.playlens.ml.cluster.ClusterResult;
import dev.playlens.ml.cluster.ClusteringService;
import dev.playlens.ml.cluster.KMeansClusterer;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.TableReader;
import dev.playlens.ml.prep.PreprocessorFitter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code playlens cluster DATA --k K|auto [--seed S] [--name NAME] [--registry DIR] [--json]}. */
@Command(name = "cluster", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Segment users with K-Means and save the clustering in the model registry.",
                "Features are standardised, categories one-hot encoded, gaps imputed; --k auto picks the k in 2..8",
                "with the best silhouette. Registry: as for 'train'."})
public final class ClusterCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;

    @Mixin
    FeatureDataOptions data;

    @Option(names = "--k", required = true, paramLabel = "K|auto", description = "The number of clusters (>= 2), or auto.")
    String k;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the k-means starts (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--drop", paramLabel = "COL", split = ",", description = "Columns to leave out (ids, the churn label…).")
    List<String> drop = List.of();

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "clusters", description = "Registry name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--no-save", description = "Do not write to the registry.")
    boolean noSave;

    @Option(names = "--registry", paramLabel = "DIR", description = "The model registry folder.")
    Path registry;

    @Option(names = "--json", description = "Print {\"name\":…, \"version\":…, \"k\":…, \"silhouette\":…, \"silhouette_by_k\":…, "
            + "\"sizes\":[…], \"profiles\":[…]} on stdout.")
    boolean json;

    public ClusterCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        ClusterRequest request;
        try {
            request = ClusterRequest.of(data.source(spec), k, seed, drop, noSave ? null : name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal());
        ClusterResult result;
        try (FeatureDataOptions opened = data) {
            FeatureLoader loader = new FeatureLoader(opened.connector(spec, environment.env()), new TableReader());
            ClusteringService service = new ClusteringService(loader, new PreprocessorFitter(), new KMeansClusterer(),
                    noSave ? Optional.empty() : Optional.of(ModelRegistries.resolve(spec, registry)));
            result = service.job(request).run(progress);
        } finally {
            progress.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, JsonNumbers.finite(result.summary()));
        } else {
            print(out, result);
        }
        return 0;
    }

    private static void print(PrintWriter out, ClusterResult r) {
        String saved = r.version() == null ? "(not saved)" : r.name() + ":" + r.version();
        out.printf(Locale.ROOT, "%s  k-means, k=%d, silhouette %.3f%n", saved, r.k(), r.silhouette());
        if (r.silhouetteByK().size() > 1) {
            StringBuilder byK = new StringBuilder("silhouette by k:");
            r.silhouetteByK().forEach((kk, s) -> byK.append(String.format(Locale.ROOT, " %d=%.3f", kk, s)));
            out.println(byK);
        }
        for (int c = 0; c < r.k(); c++) {
            out.printf(Locale.ROOT, "cluster %d: %,d users; %s%n", c, r.sizes()[c], highlights(r.profiles().get(c)));
        }
    }

    /** The first few numeric means of a profile, enough to tell clusters apart at a glance. */
    private static String highlights(Map<String, Double> profile) {
        StringBuilder s = new StringBuilder();
        profile.entrySet().stream().filter(e -> !e.getKey().contains("=")).limit(4)
                .sorted(Comparator.comparing(Map.Entry::getKey))
                .forEach(e -> s.append(s.isEmpty() ? "" : ", ").append(e.getKey()).append(' ')
                        .append(String.format(Locale.ROOT, "%.1f", e.getValue())));
        return s.isEmpty() ? "(no numeric columns)" : "mean " + s;
    }
}
