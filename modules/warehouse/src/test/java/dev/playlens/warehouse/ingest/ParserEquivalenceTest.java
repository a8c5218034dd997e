package dev.playlens.warehouse.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the two fast paths against the authority ({@code TelemetryJson.parse}): whatever a fast path
 * accepts, the authority must accept with the same values: byte for byte in the text staging format, value
 * for value (as DuckDB reads them) in the Parquet one.
 */
class ParserEquivalenceTest {
    private static final String[] KEYS = {"app_name", "event_version", "event_id", "event_type", "event_timestamp",
            "client_id", "app_version", "level_id", "position_x", "position_y", "session_id", "server_timestamp",
            "amount", "sku", "meta"};
    private static final String[] ANY_VALUES = {"\"plain\"", "\"\"", "\"   \"", "\"tab\\there\"", "\"quote\\\"d\"",
            "\"caf\u00e9\"", "\"\\u00e9\"", "\"\\u0001\"", "\"\\\\N\"", "0", "-0", "7", "-12", "12345678901234567890",
            "1.50", "-0.0", "1e3", "2.5E-3", "1.7976931348623157e309", "0.1000000000000000055511151231257827", "true",
            "false", "null", "{\"a\":[1,2.0,\"x\"]}", "[]", "01", "1.", ".5", "+1", "NaN", "\"12.5\"", "\"x\"y"};
    private static final String[] IDS = {"\"0f8fad5b-d9cb-469f-a165-70867728950e\"", "\"0F8FAD5B-D9CB-469F-A165-70867728950E\"",
            "\"0f8fad5b-d9cb-469f-a165-70867728950\"", "\"0f8fad5b+d9cb-469f-a165-70867728950e\"",
            "\"+f8fad5b-d9cb-469f-a165-70867728950e\"", "\"0f8fad5g-d9cb-469f-a165-70867728950e\"", "12"};
    private static final String[] TIMESTAMPS = {"1700000000000", "1700000000000.0", "\"1700000000000\"", "17e11",
            "946684800000", "946684799999", "4102444800000", "4102444800001", "-1", "99999999999999999999", "0"};

    private final ObjectMapper mapper = new ObjectMapper();
    @TempDir
    Path tmp;

    @Test
    void fastPathsAgreeWithTelemetryJson() throws Exception {
        SplittableRandom random = new SplittableRandom(2024);
        EventLineParser parser = new EventLineParser();
        ExtraFields extra = new ExtraFields(mapper);
        FastEventReader jackson = new FastEventReader(mapper, extra);
        ByteEventScanner scanner = new ByteEventScanner();
        int scannerAccepted = 0, jacksonAccepted = 0, authorityAccepted = 0, lines = 20_000;
        Path fastFile = tmp.resolve("fast.parquet"), slowFile = tmp.resolve("slow.parquet");
        try (OutputStream fastOut = Files.newOutputStream(fastFile); OutputStream slowOut = Files.newOutputStream(slowFile)) {
            ParquetStagingWriter fastParquet = new ParquetStagingWriter(fastOut);
            ParquetStagingWriter slowParquet = new ParquetStagingWriter(slowOut);
            for (int n = 0; n < lines; n++) {
                String line = randomLine(random);
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                StagedEvent truth = parser.parseWithAuthority(line, n);
                if (truth != null) authorityAccepted++;

                StagedEvent viaJackson;
                try (var p = mapper.getFactory().createParser(bytes)) {
                    viaJackson = jackson.read(p, n);
                } catch (Exception e) {
                    viaJackson = null;
                }
                if (viaJackson != null) {
                    jacksonAccepted++;
                    assertThat(truth).as("authority must accept what the Jackson path accepts: %s", line).isNotNull();
                    assertThat(viaJackson).as(line).isEqualTo(truth);
                }
                StagingRowEncoder fast = new StagingRowEncoder();
                if (scanner.scan(bytes, 0, bytes.length, n, fast)) {
                    scannerAccepted++;
                    assertThat(truth).as("authority must accept what the scanner accepts: %s", line).isNotNull();
                    assertThat(new long[]{scanner.msb, scanner.lsb}).isEqualTo(new long[]{truth.idMsb(), truth.idLsb()});
                    StagingRowEncoder slow = new StagingRowEncoder();
                    slow.encode(truth);
                    assertThat(row(fast)).as("text row of %s", line).isEqualTo(comparable(row(slow), row(fast)));
                    assertThat(scanner.scan(bytes, 0, bytes.length, n, fastParquet)).isTrue();
                    slowParquet.encode(truth);
                } else {
                    assertThat(fast.size()).isZero();
                }
            }
            fastParquet.finish();
            slowParquet.finish();
        }
        // the typed Parquet rows, as DuckDB reads them, are the same values whichever path made them
        try (Warehouse w = Warehouses.open("duckdb:", Credentials.none())) {
            String fast = "read_parquet('" + fastFile + "')", slow = "read_parquet('" + slowFile + "')";
            assertThat(WarehouseRows.count(w, "SELECT count(*) FROM " + fast)).isEqualTo(scannerAccepted);
            assertThat(WarehouseRows.count(w, "SELECT count(*) FROM (SELECT * FROM " + fast + " EXCEPT ALL SELECT * FROM "
                    + slow + ")")).isZero();
            assertThat(WarehouseRows.count(w, "SELECT count(*) FROM (SELECT * FROM " + slow + " EXCEPT ALL SELECT * FROM "
                    + fast + ")")).isZero();
        }
        // the fuzzing must reach every path, not just the authority
        assertThat(scannerAccepted).isGreaterThan(lines / 100);
        assertThat(jacksonAccepted).isGreaterThan(scannerAccepted);
        assertThat(authorityAccepted).isGreaterThan(jacksonAccepted);
    }

    /**
     * The slow row, with the fast row's spelling where both mean the same value: the scanner copies the id
     * and the positions as written (the engines read ids in either case and parse numbers with correct
     * rounding), the slow path writes canonical forms.
     */
    private static String comparable(String slowRow, String fastRow) {
        String[] slow = slowRow.split("\t", -1);
        String[] fast = fastRow.split("\t", -1);
        if (slow.length != 13 || fast.length != 13) return slowRow;
        if (slow[1].equalsIgnoreCase(fast[1])) slow[1] = fast[1];
        for (int i : new int[]{9, 10}) {
            if (!slow[i].equals("\\N") && !fast[i].equals("\\N")
                    && Double.parseDouble(slow[i]) == Double.parseDouble(fast[i])) slow[i] = fast[i];
        }
        return String.join("\t", slow);
    }

    private static String row(StagingRowEncoder e) {
        return new String(e.buffer(), 0, e.size(), StandardCharsets.UTF_8);
    }

    private static String randomLine(SplittableRandom r) {
        List<String> fields = new ArrayList<>();
        for (String key : KEYS) {
            boolean required = Arrays.asList("app_name", "event_version", "event_id", "event_type", "event_timestamp",
                    "client_id").contains(key);
            if (r.nextDouble() < (required ? 0.03 : 0.5)) continue; // missing
            String value = switch (key) {
                case "event_id" -> r.nextDouble() < 0.8 ? IDS[0] : pick(r, IDS);
                case "event_timestamp" -> r.nextDouble() < 0.7 ? TIMESTAMPS[0] : pick(r, TIMESTAMPS);
                case "position_x", "position_y" -> r.nextDouble() < 0.6 ? (r.nextInt(100000) / 100.0) + "" : pick(r, ANY_VALUES);
                default -> r.nextDouble() < 0.6 ? "\"v" + r.nextInt(10) + "\"" : pick(r, ANY_VALUES);
            };
            fields.add(ws(r) + "\"" + key + "\"" + ws(r) + ":" + ws(r) + value + ws(r));
            if (r.nextDouble() < 0.02) fields.add("\"" + key + "\":" + pick(r, ANY_VALUES)); // duplicate key
        }
        Collections.shuffle(fields, new java.util.Random(r.nextLong()));
        String line = ws(r) + "{" + String.join(",", fields) + "}" + ws(r);
        double t = r.nextDouble();
        if (t < 0.01) line = line + " x";
        else if (t < 0.02) line = line.substring(0, line.length() / 2);
        else if (t < 0.03) line = line.replace(",", ", ,");
        return line;
    }

    private static String ws(SplittableRandom r) {
        return r.nextDouble() < 0.9 ? "" : pick(r, new String[]{" ", "\t", "  "});
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
