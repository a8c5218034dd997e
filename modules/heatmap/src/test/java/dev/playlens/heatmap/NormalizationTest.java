package dev.playlens.heatmap;

import dev.playlens.core.job.JobContext;
import dev.playlens.core.level.WorldRect;
import dev.playlens.core.sql.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Per-player and per-session values on a small hand-made level (so the expected shares can be worked out by
 * hand) and on the PUBG deaths (checked against a plain count).
 */
class NormalizationTest {
    private static final WorldRect ARENA = new WorldRect(0, 0, 100, 100, false);
    private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");
    private static Connection connection;
    private static List<EventRow> pubg;
    private final BinQueryRunner runner = new BinQueryRunner();

    @BeforeAll
    static void load() throws Exception {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        TestWarehouse.createTable(connection);
        List<EventRow> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) rows.add(death("p1", 1 + i, 2, "s1"));  // p1 dies 5 times in bin (0,0)
        rows.add(death("p1", 55, 55, "s2"));                                    // and once in bin (5,5)
        rows.add(death("p2", 3, 3, "s3"));                                      // p2 once in bin (0,0)
        rows.add(new EventRow("e-start", "level_start", T, "p3", "1.0", "arena", null, null, "s4")); // no death
        rows.add(new EventRow("e-nopos", "player_death", T, "p4", "1.0", "arena", null, null, "s5"));
        rows.add(death("p5", 4, 4, null));                                      // bin (0,0), no session id
        TestWarehouse.insert(connection, rows);
        pubg = TestWarehouse.pubgDeaths();
        TestWarehouse.insert(connection, pubg);
    }

    private static EventRow death(String player, double x, double y, String session) {
        return new EventRow("e-" + player + "-" + x + "-" + y, "player_death", T, player, "1.0", "arena", x, y,
                session);
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
    }

    private BinGrid run(HeatmapQuery q) throws Exception {
        return runner.run(connection, Engine.DUCKDB, q, JobContext.silent());
    }

    @Test
    void perPlayerIsTheShareOfTheLevelsPlayersWhoDiedInTheBin() throws Exception {
        HeatmapQuery q = HeatmapQuery.of("arena", ARENA).withBins(BinShape.SQUARE, 10)
                .withNormalization(Normalization.PER_PLAYER);
        BinGrid grid = run(q);
        // players on the level (any event): p1..p5 = 5; bin (0,0) saw p1, p2, p5; bin (5,5) saw p1
        assertThat(grid.stats().population()).isEqualTo(5);
        assertThat(grid.valueAt(5, 5)).isCloseTo(60.0, within(1e-9));
        assertThat(grid.valueAt(55, 55)).isCloseTo(20.0, within(1e-9));
        assertThat(grid.nonZeroCount()).isEqualTo(2);
        assertThat(grid.stats().binnedEvents()).isEqualTo(8);
        assertThat(grid.stats().withoutPosition()).isEqualTo(1);
        assertThat(grid.unit()).isEqualTo("% of players (deaths) per bin");
    }

    @Test
    void perSessionCountsSessionsAndReportsEventsWithoutOne() throws Exception {
        HeatmapQuery q = HeatmapQuery.of("arena", ARENA).withBins(BinShape.SQUARE, 10)
                .withNormalization(Normalization.PER_SESSION);
        BinGrid grid = run(q);
        // sessions on the level: s1..s5 = 5; bin (0,0) saw s1, s3 (p5's death has no session)
        assertThat(grid.stats().population()).isEqualTo(5);
        assertThat(grid.valueAt(5, 5)).isCloseTo(40.0, within(1e-9));
        assertThat(grid.valueAt(55, 55)).isCloseTo(20.0, within(1e-9));
        assertThat(grid.stats().withoutSession()).isEqualTo(1);
    }

    @Test
    void perPlayerOnPubgMatchesAPlainDistinctCount() throws Exception {
        double size = 20000;
        HeatmapQuery q = HeatmapQuery.of("ERANGEL", TestWarehouseWorlds.PUBG).withBins(BinShape.SQUARE, size)
                .withNormalization(Normalization.PER_PLAYER).withAppVersions(List.of("even"));
        BinGrid grid = run(q);

        Set<String> players = new HashSet<>();
        pubg.stream().filter(r -> r.levelId().equals("ERANGEL") && r.appVersion().equals("even"))
                .forEach(r -> players.add(r.clientId()));
        assertThat(grid.stats().population()).isEqualTo(players.size());
        Map<List<Long>, Set<String>> perBin = IndependentCounts.distinctPerSquare(pubg,
                r -> r.levelId().equals("ERANGEL") && r.appVersion().equals("even"), EventRow::clientId,
                0, 0, size, Viewport.of(TestWarehouseWorlds.PUBG));
        SquareLayout layout = (SquareLayout) grid.layout();
        double distinctSum = 0;
        for (var e : perBin.entrySet()) {
            int cell = layout.cellOfKey(e.getKey().get(1), e.getKey().get(0));
            assertThat(grid.value(cell)).isCloseTo(100.0 * e.getValue().size() / players.size(), within(1e-9));
            distinctSum += e.getValue().size();
        }
        assertThat(grid.nonZeroCount()).isEqualTo(perBin.size());
        // each PUBG victim dies once per match, so the shares add up to 100% of the players
        assertThat(grid.total()).isCloseTo(100.0 * distinctSum / players.size(), within(1e-9));
        assertThat(grid.total()).isCloseTo(100.0, within(1e-9));
    }
}
