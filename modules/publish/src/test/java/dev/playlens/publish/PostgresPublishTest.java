package dev.playlens.publish;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.publish.batch.JdbcConnectors;
import dev.playlens.publish.batch.JdbcTarget;
import dev.playlens.testsupport.PostgresServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.RedshiftViaPgBouncer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(RealServers.class)
class PostgresPublishTest {
    private final TestModels models = TestModels.get();

    private static PublishResult publish(ScoringModel model, PublishTarget target, int batch, JobContext context) throws Exception {
        return new Publisher(Clock.systemUTC(), Optional.empty(), batch)
                .publish(model, TestModels.get().telco, TestModels.ID, "telco.csv", List.of(target), context);
    }

    @Test
    void copyPublishReplacesAtomicallyWhileReadersWatch(PostgresServer pg) throws Exception {
        String url = pg.newDatabase("publish_pg");
        JdbcTarget target = JdbcTarget.parse(url + "#predictions", JdbcConnectors.withCredentials(pg.user(), pg.password()));
        assertThat(publish(models.load("churn:1"), target, 2000, JobContext.silent()).targets().getFirst().written()).isEqualTo(7043);
        assertThat(publish(models.load("churn:1"), target, 2000, JobContext.silent()).targets().getFirst().written()).isEqualTo(7043);

        // A reader polls while v2 replaces v1: every snapshot must be one complete set.
        List<Map<Integer, Long>> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = Thread.ofPlatform().start(() -> {
            try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password())) {
                while (!stop.get()) seen.add(Tables.versions(c, "predictions", "churn"));
            } catch (Exception e) {
                seen.add(Map.of(-1, -1L));
            }
        });
        publish(models.load("churn:2"), target, 500, JobContext.silent());
        Thread.sleep(50);
        stop.set(true);
        reader.join();
        assertThat(seen).isNotEmpty().allSatisfy(m -> assertThat(m).isIn(Map.of(1, 7043L), Map.of(2, 7043L)));
        assertThat(seen.getLast()).isEqualTo(Map.of(2, 7043L));
        try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password())) {
            assertThat(Tables.distinctUsers(c, "predictions", "churn")).isEqualTo(7043);
            assertThat(stagingTables(c)).isZero();
        }
    }

    @Test
    void cancelledPublishLeavesThePreviousSet(PostgresServer pg) throws Exception {
        String url = pg.newDatabase("publish_cancel");
        JdbcTarget target = JdbcTarget.parse(url + "#scores", JdbcConnectors.withCredentials(pg.user(), pg.password()));
        publish(models.load("churn:1"), target, 1000, JobContext.silent());
        AtomicInteger batches = new AtomicInteger();
        JobContext cancelAfterThree = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                batches.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return batches.get() >= 3;
            }
        };
        assertThatThrownBy(() -> publish(models.load("churn:2"), target, 1000, cancelAfterThree))
                .isInstanceOf(JobCancelledException.class);
        try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password())) {
            assertThat(Tables.versions(c, "scores", "churn")).containsExactly(Map.entry(1, 7043L));
        }
    }

    @Test
    void redshiftDriverThroughPgBouncer(RedshiftViaPgBouncer rs) throws Exception {
        String url = rs.newDatabase("publish_rs");
        JdbcTarget target = JdbcTarget.parse(url + "#predictions", JdbcConnectors.withCredentials(rs.user(), rs.password()));
        assertThat(target.describe()).isEqualTo(url.substring(0, url.indexOf('?')) + "#predictions");
        publish(models.load("churn:1"), target, 3000, JobContext.silent());
        publish(models.load("churn:1"), target, 3000, JobContext.silent());
        publish(models.load("segments:1"), target, 3000, JobContext.silent());
        String pgUrl = rs.postgres().jdbcUrl("publish_rs");
        try (Connection c = DriverManager.getConnection(pgUrl, rs.user(), rs.password())) {
            assertThat(Tables.versions(c, "predictions", "churn")).containsExactly(Map.entry(1, 7043L));
            assertThat(Tables.distinctUsers(c, "predictions", "churn")).isEqualTo(7043);
            assertThat(Tables.versions(c, "predictions", "segments")).containsExactly(Map.entry(1, 7043L));
            Map<String, String> rows = Tables.rows(c, "predictions", "segments");
            assertThat(rows.values()).allMatch(v -> v.matches("null\\|null\\|[0-2]"));
        }
        publish(models.load("churn:2"), target, 3000, JobContext.silent());
        try (Connection c = DriverManager.getConnection(pgUrl, rs.user(), rs.password())) {
            assertThat(Tables.versions(c, "predictions", "churn")).containsExactly(Map.entry(2, 7043L));
        }
    }

    private static int stagingTables(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_class WHERE relname LIKE 'playlens_stage_%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
