package dev.playlens.warehouse;

import dev.playlens.core.sql.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarehousesTest {
    @TempDir
    Path tmp;

    @Test
    void opensADuckDbFileCreatingItsFolderAndSharesDataBetweenConnections() throws Exception {
        Path file = tmp.resolve("ws/nested/warehouse.duckdb");
        try (Warehouse w = Warehouses.open("duckdb:" + file, Credentials.none())) {
            assertThat(w.engine()).isEqualTo(Engine.DUCKDB);
            assertThat(w.location()).isEqualTo("duckdb:" + file);
            assertThat(w.dialect()).isInstanceOf(DuckDbDialect.class);
            try (Connection a = w.connect(); Statement st = a.createStatement()) {
                st.execute("CREATE TABLE t AS SELECT 42 AS x");
            }
            try (Connection b = w.connect(); Statement st = b.createStatement(); ResultSet rs = st.executeQuery("SELECT x FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
        assertThat(file).exists();
        try (Warehouse again = Warehouses.open("jdbc:duckdb:" + file, Credentials.none());
             Connection c = again.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT x FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).as("data survives reopening").isEqualTo(42);
        }
    }

    @Test
    void inMemoryDuckDbAndRelativePaths() throws Exception {
        try (Warehouse w = Warehouses.open("duckdb::memory:", Credentials.none())) {
            assertThat(w.location()).isEqualTo("duckdb::memory:");
        }
        assertThat(Warehouses.duckDbPath("duckdb:")).isNull();
        assertThat(Warehouses.duckDbPath("duckdb:data/w.duckdb")).isEqualTo(Path.of("data/w.duckdb").toAbsolutePath());
        assertThat(Warehouses.duckDbPath("duckdb:///abs/w.duckdb")).isEqualTo(Path.of("/abs/w.duckdb"));
    }

    @Test
    void badLocationsFailClearly() {
        assertThatThrownBy(() -> Warehouses.open("mysql://x", Credentials.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mysql://x");
        Path notADir = tmp.resolve("file");
        assertThatThrownBy(() -> {
            Files.writeString(notADir, "x");
            Warehouses.open("duckdb:" + notADir.resolve("w.duckdb"), Credentials.none());
        }).isInstanceOf(WarehouseException.class).hasMessageContaining(notADir.toString());
        assertThatThrownBy(() -> Warehouses.open("jdbc:postgresql://127.0.0.1:1/none?password=secret", Credentials.none()))
                .isInstanceOf(WarehouseException.class).satisfies(e -> assertThat(e.getMessage())
                        .contains("password=***").doesNotContain("secret"));
    }

    @Test
    void credentialsComeFromTheGivenEnvironmentAndNeverPrintThePassword() {
        Credentials c = Credentials.fromEnvironment(Map.of("PLAYLENS_DB_USER", "ana", "PLAYLENS_DB_PASSWORD", "s3cret"));

        assertThat(c).isEqualTo(new Credentials("ana", "s3cret"));
        assertThat(c.toString()).contains("ana").doesNotContain("s3cret");
        assertThat(Credentials.fromEnvironment(Map.of("PLAYLENS_DB_USER", " "))).isEqualTo(Credentials.none());
        assertThat(JdbcWarehouse.redact("jdbc:postgresql://h/db?user=a&password=p&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
    }

    @Test
    void identifiersAreValidatedBeforeTheyReachSql() {
        assertThat(Identifiers.quote("public.game_events")).isEqualTo("\"public\".\"game_events\"");
        assertThat(Identifiers.validate("_t1")).isEqualTo("_t1");
        for (String bad : new String[]{"", "1abc", "a-b", "x\"; DROP TABLE y; --", "a.b.c", "a b"}) {
            assertThatThrownBy(() -> Identifiers.quote(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
