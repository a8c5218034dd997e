package dev.playlens.publish;

import dev.playlens.core.job.JobContext;
import dev.playlens.publish.batch.JdbcConnectors;
import dev.playlens.publish.batch.JdbcTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MariaDbPublishTest {
    private static MariaDbServer mariadb;
    private final TestModels models = TestModels.get();

    @BeforeAll
    static void start() throws Exception {
        mariadb = MariaDbServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (mariadb != null) mariadb.close();
    }

    private void publish(String ref, JdbcTarget target) throws Exception {
        new Publisher(Clock.systemUTC(), Optional.empty(), 2500)
                .publish(models.load(ref), models.telco, TestModels.ID, "telco.csv", List.of(target), JobContext.silent());
    }

    @Test
    void multiRowInsertsIntoAStagingTableThenOneTransaction() throws Exception {
        JdbcTarget target = JdbcTarget.parse(mariadb.jdbcUrl() + "#predictions", JdbcConnectors.fromEnvironment(Map.of()));
        assertThat(target.describe()).doesNotContain("user=root").endsWith("/playlens#predictions");
        publish("churn:1", target);
        Map<String, String> v1;
        try (Connection c = mariadb.connect()) {
            v1 = Tables.rows(c, "predictions", "churn");
        }
        publish("churn:1", target);
        publish("segments:1", target);
        try (Connection c = mariadb.connect()) {
            assertThat(Tables.versions(c, "predictions", "churn")).containsExactly(Map.entry(1, 7043L));
            assertThat(Tables.distinctUsers(c, "predictions", "churn")).isEqualTo(7043);
            assertThat(Tables.rows(c, "predictions", "churn")).isEqualTo(v1);
            assertThat(Tables.versions(c, "predictions", "segments")).containsExactly(Map.entry(1, 7043L));
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT engine FROM information_schema.tables WHERE table_name = 'predictions'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("InnoDB"); // transactional, so the swap is atomic
            }
        }
        publish("churn:2", target);
        try (Connection c = mariadb.connect()) {
            assertThat(Tables.versions(c, "predictions", "churn")).containsExactly(Map.entry(2, 7043L));
            assertThat(Tables.rows(c, "predictions", "churn")).isNotEqualTo(v1).hasSize(7043);
        }
    }
}
