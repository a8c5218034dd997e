package dev.playlens.warehouse.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.core.job.JobContext;
import dev.playlens.testsupport.PostgresServer;
import dev.playlens.testsupport.RealServers;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault test: 1 % duplicate events (client retries with a different server_timestamp), 0.1 % malformed
 * lines, a loader process killed with SIGKILL half way, then re-runs. Checked against {@link ExpectedLoad}.
 */
@ExtendWith(RealServers.class)
class KillMidLoadTest {
    private static final int FILES = 24;
    private static final int LINES = 4_000;

    @TempDir
    Path tmp;

    @Test
    void duckDbSurvivesKillDashNine() throws Exception {
        String location = "duckdb:" + tmp.resolve("warehouse.duckdb");
        killThenRecover(location, Credentials.none());
    }

    @Test
    void postgresSurvivesKillDashNine(PostgresServer pg) throws Exception {
        killThenRecover(pg.newDatabase("wh_kill"), new Credentials(pg.user(), pg.password()));
    }

    private void killThenRecover(String location, Credentials creds) throws Exception {
        Path data = tmp.resolve("bucket");
        TelemetryFileWriter gen = new TelemetryFileWriter(99, 0.01, 0.001);
        gen.write(data.resolve("plain"), FILES / 2, LINES, false);
        gen.write(data.resolve("zipped"), FILES / 2, LINES, true);
        List<SourceFile> files = LocalSourceFiles.under(data);
        Map<String, Path> keyed = new LinkedHashMap<>();
        files.forEach(f -> keyed.put(f.key(), data.resolve(f.key())));
        Path rejectsFile = tmp.resolve("rejects.jsonl");

        runChildAndKillHalfWay(location, creds, data, rejectsFile);

        try (Warehouse w = Warehouses.open(location, creds)) {
            // After the kill: whole batches only, journal and rows in step.
            List<String> journaled = journalKeys(w);
            List<String> allKeys = new ArrayList<>(keyed.keySet());
            System.out.printf("%s: killed with %d of %d files committed, %d rows%n", location, journaled.size(),
                    allKeys.size(), WarehouseRows.count(w, "SELECT count(*) FROM game_events"));
            assertThat(journaled.size()).as("killed before the end").isLessThan(allKeys.size());
            assertThat(journaled).as("batches commit in file order").isEqualTo(allKeys.subList(0, journaled.size()));
            Map<String, Path> committed = new LinkedHashMap<>();
            journaled.forEach(k -> committed.put(k, keyed.get(k)));
            WarehouseRows.assertTableEquals(w, ExpectedLoad.of(committed).firstById);

            // Re-run: loads exactly the rest.
            ExpectedLoad expected = ExpectedLoad.of(keyed);
            LoadReport rerun;
            try (JsonLinesRejectSink rejects = new JsonLinesRejectSink(rejectsFile)) {
                rerun = new TelemetryLoader(w, new LoadJournal()).load(files, rejects, JobContext.silent());
            }
            assertThat(rerun.skippedFiles()).isEqualTo(journaled.size());
            assertThat(rerun.files()).isEqualTo(allKeys.size() - journaled.size());
            WarehouseRows.assertTableEquals(w, expected.firstById);
            assertThat(WarehouseRows.count(w, "SELECT count(*) FROM game_events")).isEqualTo(expected.firstById.size());
            assertThat(gen.firstServerTimestamp).hasSize(expected.firstById.size());
            gen.firstServerTimestamp.forEach((id, ts) ->
                    assertThat(expected.firstById.get(id).extra()).containsEntry("server_timestamp", ts));

            // Every malformed line is in the rejects with a reason (a line may appear twice after the kill).
            Set<ExpectedLoad.ExpectedReject> rejected = new HashSet<>();
            ObjectMapper mapper = new ObjectMapper();
            for (String line : Files.readAllLines(rejectsFile, StandardCharsets.UTF_8)) {
                JsonNode n = mapper.readTree(line);
                assertThat(n.get("reason").asText()).isNotBlank();
                assertThat(n.get("raw").asText()).isNotBlank();
                rejected.add(new ExpectedLoad.ExpectedReject(n.get("file").asText(), n.get("line").asLong(),
                        n.get("field").isNull() ? null : n.get("field").asText()));
            }
            assertThat(rejected).containsExactlyInAnyOrderElementsOf(expected.rejects);
            assertThat(expected.rejects).hasSize(gen.malformed.size()).isNotEmpty();

            // A second re-run changes nothing.
            LoadReport third = new TelemetryLoader(w, new LoadJournal()).load(files, r -> { }, JobContext.silent());
            assertThat(third).isEqualTo(new LoadReport(0, 0, 0, 0, 0, allKeys.size()));
        }
    }

    /** Starts the loader in a child JVM and kills it (SIGKILL) once it has read about 40 % of the bytes. */
    private static void runChildAndKillHalfWay(String location, Credentials creds, Path data, Path rejects) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                LoadChild.class.getName(), location, creds.user() == null ? "" : creds.user(),
                creds.password() == null ? "" : creds.password(), data.toString(), rejects.toString(), "9000");
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        boolean killed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("progress ")) {
                    String[] p = line.split(" ");
                    if (Long.parseLong(p[1]) * 10 >= Long.parseLong(p[2]) * 4) {
                        child.toHandle().destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
                        killed = true;
                        break;
                    }
                }
                assertThat(line).as("child output").doesNotStartWith("done");
            }
        } finally {
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(killed).as("the child was killed mid-load").isTrue();
        assertThat(child.exitValue()).isNotZero();
    }

    private static List<String> journalKeys(Warehouse w) throws Exception {
        List<String> keys = new ArrayList<>();
        try (Connection c = w.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT object_key FROM playlens_load_journal")) {
            while (rs.next()) keys.add(rs.getString(1));
        }
        keys.sort(null); // Java's order, as LocalSourceFiles sorts (SQL collations differ)
        return keys;
    }
}
