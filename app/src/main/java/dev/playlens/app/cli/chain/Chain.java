package dev.playlens.app.cli.chain;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.publish.PublishTarget;
import dev.playlens.publish.PublishTargets;
import dev.playlens.publish.batch.JdbcConnectors;
import dev.playlens.storage.StoreSettings;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The nightly chain: the configured steps in the order transfer → ingest → score → publish. Each step's result is
 * logged as one line; the first failing step stops the chain and later steps do not run.
 */
public final class Chain {
    private final List<ChainStep> steps;

    private Chain(List<ChainStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** What ran: one JSON object per step run, and the failed step (null when every step succeeded). */
    public record Outcome(List<Map<String, Object>> steps, String failedStep, String error) {
        public boolean ok() {
            return failedStep == null;
        }

        public Map<String, Object> json() {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("ok", ok());
            o.put("steps", steps);
            if (!ok()) {
                o.put("failed_step", failedStep);
                o.put("error", error);
            }
            return o;
        }
    }

    /**
     * Builds the steps of a config. {@code registryDefault} opens the registry when the config names none; relative
     * paths are resolved against {@code base} (the config file's folder).
     */
    public static Chain of(ChainConfig config, Path base, Map<String, String> env, Function<String, ModelRegistry> registries)
            throws ChainConfig.Invalid {
        ChainPaths paths = new ChainPaths(base);
        WarehouseConnector connector = JdbcConnectors.fromEnvironment(env);
        List<ChainStep> steps = new ArrayList<>();
        if (config.transfer() != null) {
            steps.add(new TransferStep(config.transfer(), paths, StoreSettings.fromEnvironment(env), base.resolve("journal")));
        }
        if (config.ingest() != null) {
            String from = config.ingest().from() != null ? config.ingest().from() : config.transfer().to();
            steps.add(new IngestStep(config.warehouse(), from, config.ingest().rejects(), paths, env));
        }
        if (config.score() != null) {
            String registry = config.registry() == null ? null : paths.resolve(config.registry());
            steps.add(new ScoreStep(config.score(), paths.resolve(config.warehouse()), registries.apply(registry), connector));
        }
        if (config.publish() != null) {
            steps.add(new PublishStep(targets(config.publish(), paths, connector, StoreSettings.fromEnvironment(env))));
        }
        return new Chain(steps);
    }

    private static List<PublishTarget> targets(ChainConfig.Publish publish, ChainPaths paths, WarehouseConnector connector,
                                               StoreSettings stores) throws ChainConfig.Invalid {
        Duration ttl = publish.ttlSeconds() == null ? null : Duration.ofSeconds(publish.ttlSeconds());
        PublishTargets parser = new PublishTargets(connector, Path.of(System.getProperty("java.io.tmpdir")), stores);
        List<PublishTarget> out = new ArrayList<>();
        for (String to : publish.to()) {
            try {
                out.add(parser.parse(paths.resolve(to), ttl));
            } catch (IllegalArgumentException e) {
                throw new ChainConfig.Invalid("publish.to " + to + ": " + e.getMessage().replaceFirst("^--to \\S+: ", ""));
            }
        }
        return out;
    }

    public List<String> stepNames() {
        return steps.stream().map(ChainStep::name).toList();
    }

    /**
     * Runs every step; {@code log} gets one line per step (stderr in the CLI), after {@code endOfStep} has closed
     * the step's progress display.
     */
    public Outcome run(PrintWriter log, JobContext context, Runnable endOfStep) {
        ChainState state = new ChainState();
        List<Map<String, Object>> done = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            ChainStep step = steps.get(i);
            long t0 = System.nanoTime();
            try {
                ChainStep.Result r = step.run(state, context);
                endOfStep.run();
                double seconds = (System.nanoTime() - t0) / 1e9;
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("step", step.name());
                json.put("ok", true);
                json.put("seconds", Math.round(seconds * 1000) / 1000.0);
                json.putAll(r.json());
                done.add(json);
                log.println(String.format(Locale.ROOT, "chain: %s ok (%.1f s): %s", step.name(), seconds, r.line()));
            } catch (Exception e) {
                endOfStep.run();
                String why = describe(e);
                done.add(Map.of("step", step.name(), "ok", false, "error", why));
                List<String> skipped = steps.subList(i + 1, steps.size()).stream().map(ChainStep::name).toList();
                log.println("chain: " + step.name() + " FAILED: " + why
                        + (skipped.isEmpty() ? "" : "; not run: " + String.join(", ", skipped)));
                log.flush();
                return new Outcome(done, step.name(), why);
            }
            log.flush();
        }
        return new Outcome(done, null, null);
    }

    /** The deepest message of a failure, on one line. */
    private static String describe(Throwable e) {
        String msg = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                msg = t.getMessage();
                break;
            }
        }
        String text = msg == null ? e.getClass().getSimpleName() : msg;
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
