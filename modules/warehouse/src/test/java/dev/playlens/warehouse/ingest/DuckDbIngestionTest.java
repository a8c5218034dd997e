package dev.playlens.warehouse.ingest;

import dev.playlens.core.job.JobContext;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuckDbIngestionTest extends IngestionSuite {
    @Override
    protected Warehouse newWarehouse(String name) {
        return Warehouses.open("duckdb:" + tmp.resolve(name + ".duckdb"), Credentials.none());
    }

    @Test
    void aCorruptFileFailsTheLoadNamingItAndCommitsNothingOfItsBatch() throws Exception {
        Warehouse w = open("corrupt");
        Path dir = tmp.resolve("corrupt");
        new TelemetryFileWriter(3, 0, 0).write(dir, 3, 500, true);
        Path broken = dir.resolve("events/2024/01/02/part-0001.json.gz");
        byte[] bytes = Files.readAllBytes(broken);
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // truncated upload

        Path staging = tmp.resolve("staging");
        assertThatThrownBy(() -> new TelemetryLoader(w, new LoadJournal(), options().withBatchRows(400).withStagingDir(staging))
                .load(LocalSourceFiles.under(dir), r -> { }, JobContext.silent()))
                .isInstanceOf(IOException.class).hasMessageContaining("events/2024/01/02/part-0001.json.gz");

        // the first file was its own batch (400 rows) and stays; nothing of the broken one
        assertThat(WarehouseRows.count(w, "SELECT count(*) FROM game_events")).isEqualTo(500);
        assertThat(WarehouseRows.count(w, "SELECT count(*) FROM playlens_load_journal")).isEqualTo(1);
        try (var left = Files.list(staging)) {
            assertThat(left).as("the staging folder is removed").isEmpty();
        }
    }
}
