package dev.playlens.app.connections;

import dev.playlens.app.services.QueryService;
import dev.playlens.app.services.WarehouseQueryService;
import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobHandle;
import dev.playlens.core.job.JobState;
import dev.playlens.core.job.ThreadPoolJobExecutor;
import dev.playlens.testsupport.PostgresServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.RedshiftViaPgBouncer;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Connection test, its error messages and cancel through the driver, against a real PostgreSQL server. */
@ExtendWith(RealServers.class)
class PostgresConnectionTest {
    @TempDir
    Path workspace;

    private ConnectionProfile profile(PostgresServer pg, int port, String database, String ssl) {
        return new ConnectionProfile("Test server", "postgresql", pg.host(), port, database, pg.user(), ssl);
    }

    @Test
    void aGoodConnectionTestsFine(PostgresServer pg) {
        String result = new ConnectionTester(workspace).test(profile(pg, pg.port(), "playlens", "prefer"),
                new Credentials(pg.user(), pg.password()));
        assertThat(result).startsWith("Connected: PostgreSQL");
    }

    @Test
    void aWrongPortSaysNothingAnswersThere(PostgresServer pg) throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        ConnectionProfile p = profile(pg, closed, "playlens", "prefer");
        assertThatThrownBy(() -> new ConnectionTester(workspace).test(p, new Credentials(pg.user(), pg.password())))
                .isInstanceOf(ConnectionTester.ConnectionFailedException.class)
                .hasMessageStartingWith("Nothing answers at 127.0.0.1:" + closed + ": check the port");
    }

    @Test
    void aWrongPasswordSaysSo(PostgresServer pg) {
        ConnectionProfile p = profile(pg, pg.port(), "playlens", "prefer");
        assertThatThrownBy(() -> new ConnectionTester(workspace).test(p, new Credentials(pg.user(), "not-the-password")))
                .hasMessageStartingWith("Wrong user or password: the server at 127.0.0.1:" + pg.port()
                        + " refused user '" + pg.user() + "'");
    }

    @Test
    void aMissingDatabaseAndARefusedSslModeAreNamed(PostgresServer pg) {
        Credentials ok = new Credentials(pg.user(), pg.password());
        assertThatThrownBy(() -> new ConnectionTester(workspace).test(profile(pg, pg.port(), "no_such_db", "prefer"), ok))
                .hasMessageStartingWith("Database 'no_such_db' does not exist on 127.0.0.1:" + pg.port());
        assertThatThrownBy(() -> new ConnectionTester(workspace).test(profile(pg, pg.port(), "playlens", "require"), ok))
                .hasMessageStartingWith("SSL failed with 127.0.0.1:" + pg.port() + " (SSL mode 'require')");
    }

    @Test
    void cancelStopsTheQueryOnTheServerAndTheConnectionStaysUsable(PostgresServer pg) throws Exception {
        ConnectionProfile p = profile(pg, pg.port(), "playlens", "prefer");
        try (Warehouse w = new ConnectionTester(workspace).open(p, new Credentials(pg.user(), pg.password()))) {
            cancelAndReuse(w);
        }
    }

    @Test
    void aRedshiftProfileConnectsAndCancelsThroughTheRedshiftDriver(RedshiftViaPgBouncer rs) throws Exception {
        ConnectionProfile p = new ConnectionProfile("Redshift (pgbouncer)", "redshift", rs.host(), rs.port(), "playlens",
                rs.user(), "disable");
        Credentials credentials = new Credentials(rs.user(), rs.password());
        assertThat(new ConnectionTester(workspace).test(p, credentials)).startsWith("Connected: PostgreSQL");
        try (Warehouse w = new ConnectionTester(workspace).open(p, credentials)) {
            assertThat(w.engine()).isEqualTo(dev.playlens.core.sql.Engine.REDSHIFT);
            cancelAndReuse(w);
        }
    }

    private void cancelAndReuse(Warehouse w) throws Exception {
        try (QueryService queries = new WarehouseQueryService(w, workspace.resolve("history/queries.jsonl"));
             ThreadPoolJobExecutor executor = new ThreadPoolJobExecutor()) {
            long pid = ((Number) queries.run("SELECT pg_backend_pid()", 1, dev.playlens.core.job.JobContext.silent())
                    .rows().getFirst().getFirst()).longValue();
            JobHandle<?> sleep = executor.submit("sleep", ctx -> queries.run("SELECT pg_sleep(60)", 10, ctx));
            long t0 = System.nanoTime();
            while (sleep.state() != JobState.RUNNING) Thread.sleep(10);
            Thread.sleep(500);
            sleep.cancel();
            assertThatThrownBy(() -> sleep.result().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(JobCancelledException.class);
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10);
            // The same session connection (same backend) runs the next statement.
            var after = queries.run("SELECT pg_backend_pid(), 41 + 1", 1, dev.playlens.core.job.JobContext.silent());
            assertThat(((Number) after.rows().getFirst().getFirst()).longValue()).isEqualTo(pid);
            assertThat(((Number) after.rows().getFirst().get(1)).intValue()).isEqualTo(42);
        }
    }
}
