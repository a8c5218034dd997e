package dev.playlens.app.publish;

import dev.playlens.app.workspace.Workspace;
import dev.playlens.core.job.JobContext;
import dev.playlens.publish.PublishResult;
import dev.playlens.testsupport.PostgresServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The screen's plain-Java side on a real workspace: warehouse data, table and folder targets, history, states. */
@ExtendWith(RealServers.class)
class PublishBackendTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static Warehouse warehouse;
    private static PublishBackend backend;

    @BeforeAll
    static void open() throws Exception {
        workspace = PublishModels.workspace(dir.resolve("ws"));
        warehouse = Warehouses.open(workspace.warehouseLocation(), Credentials.none());
        backend = new PublishBackend(warehouse, workspace.modelsDir(), workspace.historyDir().resolve("publishes.jsonl"),
                dir.resolve("scratch"), Map.of(), 2_000);
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    @Test
    void scoresAWarehouseQueryIntoATableAndAFolderAndReadsBothBack() throws Exception {
        assertThat(backend.models()).containsEntry("churn", List.of(1, 2));
        Path folder = dir.resolve("bucket");
        String query = "SELECT * FROM telco WHERE Contract = 'Two year'";
        PublishResult r = backend.publish(new PublishRequest("churn", 2, PublishSettings.DataKind.QUERY, query,
                PublishModels.ID, List.of("warehouse#two_year_scores", folder.toString()), Duration.ofHours(1)))
                .run(JobContext.silent());
        long expected = count("SELECT count(*) FROM telco WHERE Contract = 'Two year'");
        assertThat(expected).isBetween(1000L, 2000L);
        assertThat(r.rows()).isEqualTo(expected);
        assertThat(count("SELECT count(*) FROM two_year_scores WHERE model = 'churn' AND version = 2")).isEqualTo(expected);
        Path csv = folder.resolve("predictions/churn/2/predictions.csv");
        assertThat(Files.readAllLines(csv)).hasSize((int) expected + 1);
        assertThat(folder.resolve("predictions/churn/2/predictions.parquet")).isRegularFile();

        HistoryRow last = backend.history().getFirst();
        assertThat(last.status()).isEqualTo("ok");
        assertThat(last.keys()).isZero();
        assertThat(last.targets()).startsWith("warehouse#two_year_scores (" + expected + "), ");

        List<TargetState> states = backend.states("churn", List.of("warehouse#two_year_scores", folder.toString(),
                "warehouse#never_published"));
        assertThat(states).extracting(TargetState::current).containsExactly(2, 2, null);
        assertThat(states.get(0).note()).isEqualTo(String.format(java.util.Locale.ROOT, "%,d rows", expected));
        assertThat(states.get(2).note()).isEqualTo("no table yet");
    }

    @Test
    void aMissingTableFailsNamingItPublishesNothingAndIsInTheHistory() throws Exception {
        assertThatThrownBy(() -> backend.publish(new PublishRequest("churn", 1, PublishSettings.DataKind.TABLE,
                "no_such_table", PublishModels.ID, List.of("warehouse#scores"), Duration.ofHours(1)))
                .run(JobContext.silent())).hasMessageContaining("no_such_table");
        assertThat(count("SELECT count(*) FROM information_schema.tables WHERE table_name = 'scores'")).isZero();
        assertThat(backend.history()).anySatisfy(row -> {
            assertThat(row.status()).isEqualTo("failed");
            assertThat(row.version()).isEqualTo(1);
            assertThat(row.error()).contains("no_such_table");
        });
    }

    @Test
    void anUnreachableCacheIsReportedInItsRowNotThrown() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TargetState state = backend.states("churn", List.of("redis://127.0.0.1:" + port)).getFirst();
        assertThat(state.cache()).isTrue();
        assertThat(state.current()).isNull();
        assertThat(state.note()).startsWith("cannot read: ");
    }

    @Test
    void publishesToPostgresWithTheCredentialsFromTheEnvironmentOnly(PostgresServer pg) throws Exception {
        String url = pg.newDatabase("publish_screen");
        PublishBackend withDb = new PublishBackend(warehouse, workspace.modelsDir(),
                workspace.historyDir().resolve("publishes.jsonl"), dir.resolve("scratch"),
                Map.of("PLAYLENS_DB_USER", pg.user(), "PLAYLENS_DB_PASSWORD", pg.password()), 2_000);
        String target = url + "#churn_scores";
        assertThat(withDb.states("churn", List.of(target)).getFirst().note()).isEqualTo("no table yet");

        withDb.publish(new PublishRequest("churn", 1, PublishSettings.DataKind.TABLE, PublishModels.TABLE,
                PublishModels.ID, List.of(target), Duration.ofHours(1))).run(JobContext.silent());

        TargetState state = withDb.states("churn", List.of(target)).getFirst();
        assertThat(state.current()).isEqualTo(1);
        assertThat(state.note()).isEqualTo("7,043 rows");
        try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(DISTINCT user_id), min(version) FROM churn_scores")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(PublishModels.USERS);
            assertThat(rs.getInt(2)).isEqualTo(1);
        }
        HistoryRow last = withDb.history().getFirst();
        assertThat(last.targets()).isEqualTo(target + " (7043)");
        assertThat(Files.readString(workspace.historyDir().resolve("publishes.jsonl"))).doesNotContain(pg.password());
    }

    private static long count(String sql) throws Exception {
        try (Connection c = warehouse.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
