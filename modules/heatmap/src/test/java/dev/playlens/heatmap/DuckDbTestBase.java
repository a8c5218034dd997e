package dev.playlens.heatmap;

import dev.playlens.core.job.JobContext;
import dev.playlens.core.level.WorldRect;
import dev.playlens.core.sql.Engine;
import org.junit.jupiter.api.BeforeAll;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

/**
 * An in-process DuckDB with game_events holding the seed sample and the PUBG deaths. Loaded once per test
 * JVM and shared by the test classes (they only read it); it lives until the JVM ends.
 */
abstract class DuckDbTestBase {
    /** The seed pipeline's calibration: world centre (503.245239, 748.971008), 512 units across 512 px. */
    static final WorldRect SEED_WORLD = new WorldRect(503.245239 - 256, 748.971008 - 256,
            503.245239 + 256, 748.971008 + 256, false);
    static final WorldRect PUBG_WORLD = new WorldRect(0, 0, 816000, 816000, false);

    static Connection connection;
    static List<EventRow> seed;
    static List<EventRow> pubg;

    final BinQueryRunner runner = new BinQueryRunner();

    @BeforeAll
    static synchronized void load() throws Exception {
        if (connection != null) return;
        connection = DriverManager.getConnection("jdbc:duckdb:");
        TestWarehouse.createTable(connection);
        seed = TestWarehouse.seedSample();
        pubg = TestWarehouse.pubgDeaths();
        TestWarehouse.insert(connection, seed);
        TestWarehouse.insert(connection, pubg);
    }

    BinGrid run(HeatmapQuery q) throws Exception {
        return runner.run(connection, Engine.DUCKDB, q, JobContext.silent());
    }

    static String csv(BinGrid grid) throws Exception {
        StringWriter w = new StringWriter();
        new BinCsv().write(grid, w);
        return w.toString();
    }
}
