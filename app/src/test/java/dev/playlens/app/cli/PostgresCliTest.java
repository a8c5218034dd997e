package dev.playlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.storage.StoreSettings;
import dev.playlens.testsupport.PostgresServer;
import dev.playlens.testsupport.RealData;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.S3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A server warehouse behind the CLI: S3 → PostgreSQL ingest, and training from a PostgreSQL query. */
@ExtendWith(RealServers.class)
class PostgresCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @Test
    void ingestsFromS3IntoPostgres(PostgresServer postgres, S3Server s3) throws Exception {
        Map<String, String> env = credentials(postgres);
        env.put("AWS_ENDPOINT_URL", s3.endpoint().toString());
        env.put("AWS_REGION", s3.region());
        env.put("AWS_ACCESS_KEY_ID", s3.accessKey());
        env.put("AWS_SECRET_ACCESS_KEY", s3.secretKey());
        String bucket = "pg" + ProcessHandle.current().pid();
        s3.createBucket(bucket);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(Files.readAllBytes(RealData.file("aws-pipeline/heatmap-sample-data.txt")));
        }
        try (ObjectStore store = ObjectStores.open("s3://" + bucket + "/events/", StoreSettings.fromEnvironment(env))) {
            store.write("2024/01/01/00/sample.json.gz", new ByteArrayInputStream(gz.toByteArray()), gz.size());
        }
        String warehouse = postgres.newDatabase("cli_ingest");

        CliRunner.Run first = CliRunner.runWith(env, "ingest", "--warehouse", warehouse, "--from", "s3://" + bucket + "/events", "--json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(JSON.readTree(first.out()).get("inserted").asLong()).isEqualTo(642);
        CliRunner.Run again = CliRunner.runWith(env, "ingest", "--warehouse", warehouse, "--from", "s3://" + bucket, "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(JSON.readTree(again.out()).get("inserted").asLong()).isZero();
        CliRunner.Run count = CliRunner.runWith(env, "sql", "--warehouse", warehouse, "--format", "csv", "select count(*) as n from game_events");
        assertThat(count.out().strip().split("\\R")).containsExactly("n", "642");
    }

    @Test
    void trainsFromAPostgresQuery(PostgresServer postgres) throws Exception {
        String warehouse = postgres.newDatabase("cli_train");
        try (Connection c = DriverManager.getConnection(warehouse, postgres.user(), postgres.password());
             Statement st = c.createStatement();
             Reader csv = Files.newBufferedReader(RealData.file("WA_Fn-UseC_-Telco-Customer-Churn.csv"))) {
            st.execute("CREATE TABLE telco (customer_id text, gender text, senior_citizen int, partner text,"
                    + " dependents text, tenure int, phone_service text, multiple_lines text, internet_service text,"
                    + " online_security text, online_backup text, device_protection text, tech_support text,"
                    + " streaming_tv text, streaming_movies text, contract text, paperless_billing text,"
                    + " payment_method text, monthly_charges float8, total_charges text, churn text)");
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY telco FROM STDIN (FORMAT csv, HEADER true)", csv);
        }
        CliRunner.Run run = CliRunner.runWith(credentials(postgres), "train", "--warehouse", warehouse, "--query",
                "SELECT tenure, contract, internet_service, monthly_charges, payment_method, churn FROM telco",
                "--label", "churn", "--positive", "Yes", "--trees", "60", "--registry", dir.resolve("models").toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("auc").asDouble()).isBetween(0.78, 0.88);
        assertThat(result.get("train_rows").asInt() + result.get("test_rows").asInt()).isEqualTo(7043);

        CliRunner.Run noPassword = CliRunner.run("train", "--warehouse", warehouse, "--table", "telco", "--label", "churn", "--no-save");
        assertThat(noPassword.exitCode()).isEqualTo(1);
        String[] lines = noPassword.errLines();
        assertThat(lines[lines.length - 1]).startsWith("playlens train: cannot open warehouse").contains("password");
    }

    private static Map<String, String> credentials(PostgresServer postgres) {
        Map<String, String> env = new HashMap<>();
        env.put("PLAYLENS_DB_USER", postgres.user());
        env.put("PLAYLENS_DB_PASSWORD", postgres.password());
        return env;
    }
}
