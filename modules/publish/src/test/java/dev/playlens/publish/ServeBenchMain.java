package dev.playlens.publish;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.data.RawColumn;
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
import redis.clients.jedis.JedisPooled;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * bench/publish/run.sh: the serve endpoint for wrk. Warehouse: the Telco features replicated 100x under new ids
 * (704,300 users); cache: the 7,043 original ids published as churn's current version. Writes hit-ids.txt and
 * miss-ids.txt to DIR, prints "READY PORT", serves until killed.
 */
public final class ServeBenchMain {
    public static void main(String[] args) throws Exception {
        String redisUri = args[0];
        Path dir = Path.of(args[1]);
        int port = Integer.parseInt(args[2]);
        TestModels models = TestModels.get();
        String warehouse = "duckdb:" + dir.resolve("w.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:" + warehouse); Statement s = c.createStatement()) {
            FeatureTables.write(c, "telco", models.telco);
            s.execute("CREATE OR REPLACE TABLE features AS SELECT telco.* REPLACE (\"customerID\" || '-' || i AS \"customerID\")"
                    + " FROM telco, range(100) r(i)");
            s.execute("INSERT INTO features SELECT * FROM telco");
            s.execute("CREATE INDEX features_id ON features (\"customerID\")"); // point lookups on a miss
        }
        String[] ids = ((RawColumn.Text) models.telco.column(TestModels.ID)).values();
        Files.write(dir.resolve("hit-ids.txt"), Arrays.asList(ids));
        Files.write(dir.resolve("miss-ids.txt"), Arrays.stream(ids).flatMap(id -> java.util.stream.IntStream.range(1, 100)
                .mapToObj(i -> id + "-" + i)).toList());
        RedisLocation where = RedisLocation.parse(redisUri);
        try (JedisPooled j = new JedisPooled(where.host(), where.port())) {
            j.flushAll();
        }
        new Publisher(Optional.empty()).publish(models.load("churn:1"), models.telco, TestModels.ID, "telco",
                List.of(new RedisTarget(where, Duration.ofHours(1))), JobContext.silent());
        JedisPooled redis = ServeRedis.connect(where); // as playlens serve connects
        JdbcFeatureSource features = new JdbcFeatureSource(JdbcConnectors.fromEnvironment(Map.of()), warehouse,
                FeatureQuery.forTable("features", TestModels.ID), 4);
        PredictionServer server = PredictionServer.start(new InetSocketAddress("127.0.0.1", port),
                new CacheAsideScorer(redis, new ServedModels(models.registry, Set.of("churn")), features,
                        Duration.ofHours(1), new ServeMetrics(), Clock.systemUTC()));
        System.out.println("READY " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
