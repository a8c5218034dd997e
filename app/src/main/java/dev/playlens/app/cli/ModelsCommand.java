package dev.playlens.app.cli;

import dev.playlens.ml.registry.ModelMetadata;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code playlens models list | show NAME[:VERSION] | compare A B | promote NAME:VERSION}. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"Look into the model registry: list versions, show one, compare two, make one current.",
                "Registry: --registry DIR, else the models/ folder of 'playlens --workspace DIR models …', else ./models."},
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.ShowModel.class, ModelCompareCommand.class,
                ModelsCommand.PromoteModel.class})
public final class ModelsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: list, show, compare or promote");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every version of every model; * marks the current one.")
    static final class ListModels implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--registry", paramLabel = "DIR", description = "The model registry folder.")
        Path registry;

        @Option(names = "--json", description = "Print {\"registry\":…, \"models\":[{\"name\":…, \"version\":…, \"current\":…, …}, …]}.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            ModelRegistry r = ModelRegistries.resolve(spec, registry);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ModelMetadata m : r.list()) rows.add(row(m, r.currentVersion(m.name()) == m.version()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("registry", r.root().toAbsolutePath().toString());
                o.put("models", rows);
                JsonOutput.print(out, JsonNumbers.finite(o));
                return 0;
            }
            out.printf("%-24s %-7s %-10s %-14s %-8s %s%n", "MODEL", "CURRENT", "KIND", "ALGORITHM", "SCORE", "CREATED");
            for (Map<String, Object> row : rows) {
                Object score = row.containsKey("auc") ? row.get("auc") : row.get("silhouette");
                out.printf(Locale.ROOT, "%-24s %-7s %-10s %-14s %-8s %s%n", row.get("name") + ":" + row.get("version"),
                        Boolean.TRUE.equals(row.get("current")) ? "*" : "", row.get("kind"), row.get("algorithm"),
                        score instanceof Number n ? String.format(Locale.ROOT, "%.4f", n.doubleValue()) : "-", row.get("created_at"));
            }
            out.println("(" + rows.size() + " model version" + (rows.size() == 1 ? "" : "s") + " in " + r.root() + ")");
            return 0;
        }

        private static Map<String, Object> row(ModelMetadata m, boolean current) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", m.name());
            row.put("version", m.version());
            row.put("current", current);
            row.put("kind", m.kind());
            row.put("algorithm", m.algorithm());
            for (String key : List.of("auc", "accuracy", "f1", "logloss", "k", "silhouette")) {
                if (m.metrics().containsKey(key)) row.put(key, m.metrics().get(key));
            }
            row.put("created_at", m.createdAt() == null ? null : m.createdAt().replaceAll("\\.\\d+Z$", "Z"));
            return row;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Everything recorded about one version (model.json).")
    static final class ShowModel implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME[:VERSION]", description = "The model; without a version, the current one.")
        String model;

        @Option(names = "--registry", paramLabel = "DIR", description = "The model registry folder.")
        Path registry;

        @Option(names = "--json", description = "Print the metadata as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            ModelMetadata m = ModelRegistries.resolve(spec, registry).show(parseRef(spec, model));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonOutput.print(out, JsonNumbers.finite(ModelCompareCommand.asMap(m)));
                return 0;
            }
            out.printf("%s:%d  %s %s, created %s%n", m.name(), m.version(), m.kind(), m.algorithm(), m.createdAt());
            out.println("data:     " + m.dataSource() + "  (" + m.dataHash() + ")");
            if (m.query() != null) out.println("query:    " + Cli.oneLine(m.query()));
            if (m.label() != null) out.println("label:    " + m.label());
            out.println("seed:     " + m.seed() + "   parameters: " + m.parameters());
            out.println("features: " + m.features().size() + " from " + m.schema().size() + " columns");
            m.metrics().forEach((k, v) -> {
                if (v instanceof Number n) out.printf(Locale.ROOT, "  %-14s %s%n", k, format(n));
            });
            for (String line : m.dataReport()) out.println("  · " + line);
            return 0;
        }

        private static String format(Number n) {
            return n instanceof Double || n instanceof Float ? String.format(Locale.ROOT, "%.4f", n.doubleValue()) : n.toString();
        }
    }

    @Command(name = "promote", mixinStandardHelpOptions = true, description = "Make NAME:VERSION the current version of NAME.")
    static final class PromoteModel implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME:VERSION", description = "The version to make current.")
        String model;

        @Option(names = "--registry", paramLabel = "DIR", description = "The model registry folder.")
        Path registry;

        @Override
        public Integer call() throws Exception {
            ModelRef ref = parseRef(spec, model);
            if (ref.version() == null) throw new CommandLine.ParameterException(spec.commandLine(), "NAME:VERSION: give a version, e.g. " + model + ":2");
            ModelRegistry r = ModelRegistries.resolve(spec, registry);
            r.setCurrent(ref.name(), r.resolve(ref));
            spec.commandLine().getOut().println(ref + " is now the current version of " + ref.name());
            return 0;
        }
    }

    static ModelRef parseRef(CommandSpec spec, String text) {
        try {
            return ModelRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
