package dev.playlens.app.cli;

import dev.playlens.core.sql.Engine;
import dev.playlens.ml.data.WarehouseConnector;
import dev.playlens.ml.registry.ModelMetadata;
import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.publish.batch.JdbcConnectors;
import dev.playlens.publish.cache.RedisLocation;
import dev.playlens.publish.cache.RedisTarget;
import dev.playlens.publish.serve.CacheAsideScorer;
import dev.playlens.publish.serve.FeatureQuery;
import dev.playlens.publish.serve.JdbcFeatureSource;
import dev.playlens.publish.serve.PredictionServer;
import dev.playlens.publish.serve.ServeMetrics;
import dev.playlens.publish.serve.ServeRedis;
import dev.playlens.publish.serve.ServedModels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import redis.clients.jedis.JedisPooled;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code playlens serve --model NAME --redis redis://HOST:PORT --warehouse W [--port P]}: answers
 * GET /predict/NAME/USER_ID from the cache, or scores the user's warehouse row, caches and returns it; runs until
 * the process is stopped (or, in-process, until its thread is interrupted).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve predictions over HTTP until stopped.",
                "GET /predict/NAME/USER_ID: the cached prediction, or the user's features scored, cached and returned.",
                "GET /metrics: hit and miss counters (add ?format=prometheus for Prometheus)."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;

    @Option(names = "--model", required = true, paramLabel = "NAME", description = "The model to serve (its published version).")
    String model;

    @Option(names = "--redis", required = true, paramLabel = "redis://HOST:PORT", description = "The cache the model was published to.")
    String redis;

    @Option(names = "--warehouse", required = true, paramLabel = "W", description = "Where a cache miss reads the user's features.")
    String warehouse;

    @Option(names = "--table", paramLabel = "NAME",
            description = "The feature table for misses (default: the query the model was trained on).")
    String table;

    @Option(names = "--query", paramLabel = "SQL", description = "A feature query (one row per user) for misses.")
    String query;

    @Option(names = "--id", paramLabel = "COL", description = "The user id column of the features (default: user_id, else client_id).")
    String idColumn;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--ttl", paramLabel = "SECONDS", description = "Expiry of keys cached on a miss (default: one day).")
    Long ttlSeconds;

    @Option(names = "--registry", paramLabel = "DIR", description = "Registry folder (default: the --workspace's models/, else ./models).")
    Path registry;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "4",
            description = "Warehouse connections for misses (default: ${DEFAULT-VALUE}).")
    int connections;

    public ServeCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        RedisLocation cache = redisLocation();
        validate();
        ModelRegistry models = ModelRegistries.resolve(spec, registry);
        ServedModels served = new ServedModels(models, Set.of(model));
        WarehouseConnector connector = JdbcConnectors.fromEnvironment(environment.env());
        Duration ttl = ttlSeconds == null ? RedisTarget.DEFAULT_TTL : Duration.ofSeconds(ttlSeconds);
        FeatureQuery features = featureQuery(models, connector);
        PrintWriter err = spec.commandLine().getErr();
        try (JedisPooled jedis = reachable(cache);
             JdbcFeatureSource source = new JdbcFeatureSource(connector, warehouse, features, connections);
             PredictionServer server = PredictionServer.start(new InetSocketAddress(bind, port),
                     new CacheAsideScorer(jedis, served, source, ttl, new ServeMetrics(), Clock.systemUTC()))) {
            err.println("playlens serve: " + model + " on http://" + bind + ":" + server.port() + "/predict/" + model
                    + "/USER_ID (cache " + cache + ", metrics at /metrics); stop with Ctrl+C");
            err.flush();
            new CountDownLatch(1).await(); // until the process is stopped or this thread is interrupted
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Fails now, naming the cache, rather than on the first request. */
    private static JedisPooled reachable(RedisLocation cache) {
        JedisPooled jedis = ServeRedis.connect(cache);
        try {
            jedis.ping();
            return jedis;
        } catch (RuntimeException e) {
            jedis.close();
            throw new IllegalStateException("cannot reach " + cache + ": " + e.getMessage(), e);
        }
    }

    private RedisLocation redisLocation() {
        try {
            return RedisLocation.parse(redis);
        } catch (IllegalArgumentException e) {
            throw usage("--redis: " + e.getMessage());
        }
    }

    private void validate() {
        if (table != null && query != null) throw usage("give --table or --query, not both");
        if (port < 0 || port > 65535) throw usage("--port must be 0..65535, got " + port);
        if (connections < 1) throw usage("--connections must be >= 1, got " + connections);
        if (ttlSeconds != null && ttlSeconds < 1) throw usage("--ttl must be at least 1 second, got " + ttlSeconds);
        try {
            Engine.fromLocation(warehouse);
            ModelRef ref = ModelRef.parse(model);
            if (ref.version() != null) throw usage("--model: serve answers with the published version; give NAME only");
        } catch (IllegalArgumentException e) {
            throw usage((e.getMessage().contains("model") ? "--model: " : "--warehouse: ") + e.getMessage());
        }
    }

    /** --table, --query, or the query recorded with the model's current version; the id column found by name. */
    private FeatureQuery featureQuery(ModelRegistry models, WarehouseConnector connector) throws Exception {
        if (table != null) {
            checkIdentifier(table, "--table");
            return FeatureQuery.forTable(table, FeatureColumns.idColumn(connector, warehouse, "SELECT * FROM " + table,
                    List.of(), idColumn));
        }
        if (query != null) {
            return FeatureQuery.forUser(query, List.of(),
                    FeatureColumns.idColumn(connector, warehouse, query, List.of(), idColumn));
        }
        ModelMetadata m = models.show(new ModelRef(model, null));
        if (m.query() == null) {
            throw usage(model + ":" + m.version() + " was trained from " + m.dataSource()
                    + ", not a warehouse query; give the features for misses with --table or --query");
        }
        List<Object> parameters = new ArrayList<>(m.queryParameters());
        return FeatureQuery.forUser(m.query(), parameters,
                FeatureColumns.idColumn(connector, warehouse, m.query(), parameters, idColumn));
    }

    private void checkIdentifier(String name, String option) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
            throw usage(option + ": not a valid table name '" + name + "'");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
