package dev.playlens.app.connections;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.warehouse.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Sign-in choices of a saved connection: password (kept out of the file) or Redshift IAM through the driver. */
class ConnectionProfileTest {
    @TempDir
    Path workspace;

    private static ConnectionProfile iam(String engine, String ssl) {
        return new ConnectionProfile("Prod (IAM)", engine, "examplecluster.abc123.us-west-2.redshift.amazonaws.com",
                5439, "games", "analyst", ssl, ConnectionProfile.IAM);
    }

    @Test
    void anIamProfileUsesTheDriversIamUrlWithTheDatabaseUserAndNoPassword() {
        ConnectionProfile p = iam("redshift", "require");
        assertThat(p.problem()).isNull();
        assertThat(p.usesPassword()).isFalse();
        assertThat(p.location(workspace)).isEqualTo("jdbc:redshift:iam://examplecluster.abc123.us-west-2.redshift"
                + ".amazonaws.com:5439/games?ssl=true&DbUser=analyst&loginTimeout=10");
        assertThat(p.label()).contains("redshift IAM examplecluster");
    }

    @Test
    void iamIsOnlyForRedshiftOverSsl() {
        assertThat(iam("postgresql", "require").problem()).isEqualTo("IAM sign-in is for Redshift connections");
        assertThat(iam("redshift", "disable").problem()).isEqualTo("IAM sign-in needs SSL");
        assertThat(new ConnectionProfile("x", "redshift", "h", 5439, "d", "u", "require", "kerberos").problem())
                .startsWith("unknown sign-in 'kerberos'");
    }

    @Test
    void aPasswordProfileStillNeedsItsPasswordAndFilesWithoutSignInReadAsPassword() throws Exception {
        ConnectionProfile pw = new ConnectionProfile("pg", "postgresql", "db", 5432, "games", "me", "prefer");
        assertThat(pw.auth()).isEqualTo(ConnectionProfile.PASSWORD);
        assertThat(pw.usesPassword()).isTrue();
        assertThat(new ConnectionProfile("local", "duckdb", null, 0, "w.duckdb", null, null).usesPassword()).isFalse();

        // a connections.json written before sign-in choices existed
        Files.writeString(workspace.resolve(ConnectionsFile.FILE_NAME), """
                {"connections":[{"name":"pg","engine":"postgresql","host":"db","port":5432,"database":"games",
                "user":"me","sslMode":"prefer"}]}""");
        ConnectionStore store = new ConnectionStore(workspace);
        assertThat(store.load()).containsExactly(pw);
        store.save(List.of(pw, iam("redshift", "require")));
        String saved = Files.readString(workspace.resolve(ConnectionsFile.FILE_NAME));
        assertThat(new ObjectMapper().readTree(saved).get("connections").get(1).get("auth").asText()).isEqualTo("iam");
        assertThat(store.load()).containsExactly(pw, iam("redshift", "require"));
    }

    @Test
    void theRedshiftDriverTakesTheIamUrlAndNamesWhatIsMissing() {
        // No AWS credentials here: the real driver's IAM plug-in refuses, and the message says what to set.
        assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null
                && System.getProperty("aws.accessKeyId") == null
                && !Files.exists(Path.of(System.getProperty("user.home"), ".aws")), "AWS credentials present");
        ConnectionProfile p = new ConnectionProfile("IAM", "redshift", "127.0.0.1", 9, "games", "analyst", "require",
                ConnectionProfile.IAM);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> new ConnectionTester(workspace).test(p, Credentials.none()))
                .isInstanceOf(ConnectionTester.ConnectionFailedException.class)
                .hasMessageStartingWith("IAM sign-in found no AWS credentials");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(60);
    }
}
