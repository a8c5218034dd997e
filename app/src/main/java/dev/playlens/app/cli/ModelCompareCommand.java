package dev.playlens.app.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.TableReader;
import dev.playlens.ml.eval.Bootstrap;
import dev.playlens.ml.registry.ModelComparison;
import dev.playlens.ml.registry.ModelMetadata;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code playlens models compare A B}: metrics side by side with B − A, and for two classifiers trained on the
 * same data and split, the AUC difference with its paired bootstrap interval on the shared held-out rows.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two model versions: the metrics of A and B, and B - A.",
                "For classifiers trained on the same data, label, seed and test fraction, also the AUC difference",
                "with its 95% paired bootstrap interval on the shared held-out rows (the data is reloaded from",
                "where training read it; DATA overrides that location)."})
final class ModelCompareCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;

    @Parameters(index = "0", paramLabel = "A", description = "NAME[:VERSION], the baseline.")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "NAME[:VERSION], the challenger.")
    String second;

    @Mixin
    FeatureDataOptions data;

    @Option(names = "--registry", paramLabel = "DIR", description = "The model registry folder.")
    Path registry;

    @Option(names = "--json", description = "Print {\"a\":…, \"b\":…, \"same_data\":…, \"metrics\":{…}, \"auc_difference\":{…}} on stdout.")
    boolean json;

    ModelCompareCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        ModelRegistry r = ModelRegistries.resolve(spec, registry);
        ModelRef a = ModelsCommand.parseRef(spec, first), b = ModelsCommand.parseRef(spec, second);
        ModelComparison comparison = compare(r, a, b);
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal());
        PairedAucDifference.Outcome paired;
        try (FeatureDataOptions opened = data) {
            FeatureLoader loader = new FeatureLoader(opened.connector(spec, environment.env()), new TableReader());
            paired = PairedAucDifference.compute(r, a, b, comparison.sameData(), loader,
                    opened.given() ? opened.source(spec) : null, progress);
        } finally {
            progress.finish();
        }
        String nameA = label(comparison.a()), nameB = label(comparison.b());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, JsonNumbers.finite(json(comparison, paired, nameA, nameB)));
            return 0;
        }
        out.printf(Locale.ROOT, "%-14s %12s %12s %12s%n", "METRIC", nameA, nameB, "B - A");
        comparison.metrics().forEach((k, v) -> out.printf(Locale.ROOT, "%-14s %12s %12s %12s%n", k, number(v[0], ""),
                number(v[1], ""), number(v[2], "+")));
        if (paired.difference() != null) {
            Bootstrap.Interval ci = paired.difference().interval();
            out.printf(Locale.ROOT, "AUC difference B - A: %+.4f, 95%% CI %+.4f..%+.4f, p = %.3f (paired bootstrap, %d resamples, %,d shared test rows)%s%n",
                    ci.estimate(), ci.lower(), ci.upper(), paired.difference().pValue(), ci.resamples(), paired.testRows(),
                    paired.difference().significant() ? "" : " - not significant");
        } else {
            out.println("AUC difference without interval: " + paired.unavailableBecause());
        }
        return 0;
    }

    private static Map<String, Object> json(ModelComparison c, PairedAucDifference.Outcome paired, String a, String b) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("a", a);
        o.put("b", b);
        o.put("same_data", c.sameData());
        Map<String, Object> metrics = new LinkedHashMap<>();
        c.metrics().forEach((k, v) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("a", v[0]);
            row.put("b", v[1]);
            row.put("difference", v[2]);
            metrics.put(k, row);
        });
        o.put("metrics", metrics);
        if (paired.difference() != null) {
            Bootstrap.Interval ci = paired.difference().interval();
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("estimate", ci.estimate());
            d.put("ci_low", ci.lower());
            d.put("ci_high", ci.upper());
            d.put("level", ci.level());
            d.put("p_value", paired.difference().pValue());
            d.put("significant", paired.difference().significant());
            d.put("resamples", ci.resamples());
            d.put("test_rows", paired.testRows());
            o.put("auc_difference", d);
        } else {
            o.put("auc_difference", null);
            o.put("note", paired.unavailableBecause());
        }
        return o;
    }

    /** The module's comparison for two classifiers; for clusterings (no label) the metrics alone, never "same data". */
    private static ModelComparison compare(ModelRegistry r, ModelRef a, ModelRef b) throws IOException {
        ModelMetadata ma = r.show(a), mb = r.show(b);
        if (ma.label() != null && mb.label() != null) return ModelComparison.of(r, a, b);
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (String k : new TreeSet<>(ma.metrics().keySet())) {
            if (ma.metrics().get(k) instanceof Number x && mb.metrics().get(k) instanceof Number y) {
                rows.put(k, new double[]{x.doubleValue(), y.doubleValue(), y.doubleValue() - x.doubleValue()});
            }
        }
        return new ModelComparison(ma, mb, rows, false);
    }

    /** Whole numbers (row counts) without decimals, the rest to four places. */
    private static String number(double v, String sign) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) return String.format(Locale.ROOT, "%" + sign + "d", (long) v);
        return String.format(Locale.ROOT, "%" + sign + ".4f", v);
    }

    private static String label(ModelMetadata m) {
        return m.name() + ":" + m.version();
    }

    static Map<String, Object> asMap(ModelMetadata m) {
        return JSON.convertValue(m, new TypeReference<LinkedHashMap<String, Object>>() {
        });
    }
}
