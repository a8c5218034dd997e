package dev.playlens.publish;

import dev.playlens.ml.data.RawColumn;
import dev.playlens.ml.data.RawTable;
import dev.playlens.publish.batch.JdbcConnectors;
import dev.playlens.publish.serve.FeatureQuery;
import dev.playlens.publish.serve.JdbcFeatureSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The kept DuckDB statement answers each call with that call's user, also after an unknown user. */
class JdbcFeatureSourceTest {
    @TempDir
    Path dir;

    @Test
    void eachLookupReturnsItsOwnUserOverOneReusedConnection() throws Exception {
        TestModels models = TestModels.get();
        String warehouse = "duckdb:" + dir.resolve("w.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:" + warehouse)) {
            FeatureTables.write(c, "features", models.telco);
        }
        String[] ids = ((RawColumn.Text) models.telco.column(TestModels.ID)).values();
        try (JdbcFeatureSource source = new JdbcFeatureSource(JdbcConnectors.fromEnvironment(Map.of()), warehouse,
                FeatureQuery.forTable("features", TestModels.ID), 1)) {
            for (int i : new int[]{7, 4000, 7, -1, 12}) {
                RawTable row = source.forUser(i < 0 ? "0000-NOBODY" : ids[i]);
                if (i < 0) {
                    assertThat(row.rowCount()).isZero();
                } else {
                    assertThat(row.rowCount()).isEqualTo(1);
                    assertThat(((RawColumn.Text) row.column(TestModels.ID)).values()[0]).isEqualTo(ids[i]);
                }
            }
        }
    }
}
