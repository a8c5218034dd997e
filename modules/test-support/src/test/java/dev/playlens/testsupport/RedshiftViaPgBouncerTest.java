package dev.playlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RealServers.class)
class RedshiftViaPgBouncerTest {
    private static String url;

    @BeforeAll
    static void database(RedshiftViaPgBouncer rs) {
        url = rs.newDatabase("rs_driver");
    }

    private static Connection connect(RedshiftViaPgBouncer rs) throws SQLException {
        Connection c = DriverManager.getConnection(url, rs.user(), rs.password());
        assertThat(c.getClass().getName()).startsWith("com.amazon.redshift");
        return c;
    }

    @Test
    void urlHasTheRedshiftShape(RedshiftViaPgBouncer rs) {
        assertThat(rs.jdbcUrl()).isEqualTo("jdbc:redshift://127.0.0.1:" + rs.port() + "/playlens?ssl=false");
        assertThat(rs.port()).isNotEqualTo(rs.postgres().port());
    }

    @Test
    void runsQueriesPreparedStatementsAndBatches(RedshiftViaPgBouncer rs) throws SQLException {
        try (Connection c = connect(rs)) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT 6 * 7, current_database()")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).isEqualTo(42);
                assertThat(r.getString(2)).isEqualTo("rs_driver");
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE events (id BIGINT, kind VARCHAR(32))");
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO events VALUES (?, ?)")) {
                for (long i = 0; i < 500; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, i % 5 == 0 ? "death" : "move");
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                assertThat(counts).hasSize(500);
            }
            c.commit();
            try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM events WHERE kind = ?")) {
                q.setString(1, "death");
                try (ResultSet r = q.executeQuery()) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getLong(1)).isEqualTo(100);
                }
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) { // streaming: a cursor fetching 50 rows at a time
                s.setFetchSize(50);
                long rows = 0;
                try (ResultSet r = s.executeQuery("SELECT id FROM events ORDER BY id")) {
                    while (r.next()) {
                        assertThat(r.getLong(1)).isEqualTo(rows++);
                    }
                }
                assertThat(rows).isEqualTo(500);
            }
            c.commit();
        }
    }

    @Test
    void cancelStopsALongQueryAndTheConnectionStaysUsable(RedshiftViaPgBouncer rs) throws Exception {
        try (Connection c = connect(rs); Statement s = c.createStatement()) {
            long start = System.nanoTime();
            CompletableFuture<Throwable> sleeper = CompletableFuture.supplyAsync(() -> {
                try {
                    s.execute("SELECT pg_sleep(30)");
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            awaitActiveSleep(rs);
            s.cancel();
            Throwable failure = sleeper.get(15, TimeUnit.SECONDS);
            assertThat(failure).isInstanceOf(SQLException.class);
            assertThat(failure.getMessage()).containsIgnoringCase("cancel");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
            try (ResultSet r = s.executeQuery("SELECT 1")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void everyConnectionGetsAPositiveProcessIdSoTheDriverWillCancel(RedshiftViaPgBouncer rs) throws SQLException {
        // pgbouncer's ids are random; without the proxy about half are negative and cancel() is a silent no-op.
        for (int i = 0; i < 12; i++) {
            try (Connection c = connect(rs)) {
                assertThat(c.unwrap(com.amazon.redshift.RedshiftConnection.class).getBackendPID()).isPositive();
            }
        }
    }

    @Test
    void wrongPasswordIsRefused(RedshiftViaPgBouncer rs) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, rs.user(), "wrong"))
                .isInstanceOf(SQLException.class);
    }

    /** Waits until the server runs the sleep, so the cancel cannot arrive before the query does. */
    private static void awaitActiveSleep(RedshiftViaPgBouncer rs) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (Connection pg = rs.postgres().connect();
             PreparedStatement q = pg.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE state = 'active' AND query LIKE 'SELECT pg_sleep(30)%'")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    if (r.getInt(1) > 0) return;
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("pg_sleep(30) never became active on the server");
    }
}
