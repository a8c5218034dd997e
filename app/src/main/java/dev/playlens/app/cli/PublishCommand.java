package dev.playlens.app.cli;

import dev.playlens.ml.data.DataSource;
import dev.playlens.ml.data.FeatureLoader;
import dev.playlens.ml.data.TableReader;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.publish.PublishResult;
import dev.playlens.publish.PublishService;
import dev.playlens.publish.PublishTarget;
import dev.playlens.publish.PublishTargets;
import dev.playlens.publish.Publisher;
import dev.playlens.publish.batch.JdbcConnectors;
import dev.playlens.storage.StoreSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code playlens publish --model NAME[:VERSION] DATA [--id COL] [--registry DIR] --to … [--ttl S] [--json]}. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Score every user of DATA with a registry model and publish the predictions.",
                "Each --to target switches to the new set atomically; re-publishing a version changes nothing."})
public final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;

    @Option(names = "--model", required = true, paramLabel = "NAME[:VERSION]",
            description = "The model; without :VERSION its current version.")
    String model;

    @Mixin
    FeatureDataOptions data;

    @Option(names = "--id", paramLabel = "COL", description = "The user id column (default: user_id, else client_id).")
    String idColumn;

    @Option(names = "--registry", paramLabel = "DIR",
            description = "Registry folder (default: the --workspace's models/, else ./models).")
    Path registry;

    @Option(names = "--to", required = true, paramLabel = "TARGET",
            description = {"Repeatable. jdbc:…#TABLE or duckdb:PATH#TABLE (predictions table), redis://HOST:PORT "
                    + "(cache, versioned keys), a folder / file:/path, s3://BUCKET/PREFIX or azure://CONTAINER/PREFIX "
                    + "(Parquet + CSV)."})
    List<String> to = new ArrayList<>();

    @Option(names = "--ttl", paramLabel = "SECONDS", description = "Expiry of the Redis keys (default: one day).")
    Long ttlSeconds;

    @Option(names = "--json", description = "Print {\"model\":…, \"version\":…, \"rows\":…, "
            + "\"targets\":[{\"to\":…, \"written\":…}, …]} on stdout.")
    boolean json;

    public PublishCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        ModelRef ref = modelRef(spec, model);
        DataSource source = data.source(spec);
        // targets may be engines the warehouse module does not open (MariaDB): plain JDBC with env credentials
        List<PublishTarget> targets = targets(spec, new PublishTargets(JdbcConnectors.fromEnvironment(environment.env()),
                Path.of(System.getProperty("java.io.tmpdir")), StoreSettings.fromEnvironment(environment.env())), to, ttlSeconds);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), ConsoleProgress.stderrIsTerminal());
        PublishResult result;
        try (FeatureDataOptions loading = data) {
            PublishService service = new PublishService(ModelRegistries.resolve(spec, registry),
                    new FeatureLoader(loading.connector(spec, environment.env()), new TableReader()), new Publisher(Optional.empty()));
            result = service.job(ref, source, idColumn, targets).run(progress);
        } finally {
            progress.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) JsonOutput.print(out, json(result));
        else out.println(describe(result));
        return 0;
    }

    static ModelRef modelRef(CommandSpec spec, String text) {
        try {
            return ModelRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--model: " + e.getMessage());
        }
    }

    /** Every --to parsed up front, so a malformed target is bad usage before anything is scored. */
    static List<PublishTarget> targets(CommandSpec spec, PublishTargets parser, List<String> to, Long ttlSeconds) {
        if (ttlSeconds != null && ttlSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ttl must be at least 1 second, got " + ttlSeconds);
        }
        Duration ttl = ttlSeconds == null ? null : Duration.ofSeconds(ttlSeconds);
        List<PublishTarget> out = new ArrayList<>();
        for (String t : to) {
            try {
                out.add(parser.parse(t, ttl));
            } catch (IllegalArgumentException e) {
                String m = e.getMessage();
                throw new CommandLine.ParameterException(spec.commandLine(), m.startsWith("--to") ? m : "--to " + t + ": " + m);
            }
        }
        return out;
    }

    static Map<String, Object> json(PublishResult r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("model", r.model());
        o.put("version", r.version());
        o.put("rows", r.rows());
        List<Map<String, Object>> targets = new ArrayList<>();
        for (PublishResult.TargetResult t : r.targets()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("to", t.to());
            m.put("written", t.written());
            targets.add(m);
        }
        o.put("targets", targets);
        return o;
    }

    static String describe(PublishResult r) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Published %s:%d for %,d users", r.model(),
                r.version(), r.rows()));
        for (PublishResult.TargetResult t : r.targets()) {
            sb.append(String.format(Locale.ROOT, "%n  %s: %,d", t.to(), t.written()));
        }
        return sb.toString();
    }
}
