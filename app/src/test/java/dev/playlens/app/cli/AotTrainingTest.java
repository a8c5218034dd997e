package dev.playlens.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's training run must keep working as the commands change, or starts silently get slower. */
class AotTrainingTest {
    @Test
    void theTrainingRunUsesTheCommandsForRealAndSucceeds(@TempDir Path dir) throws Exception {
        StringWriter err = new StringWriter();
        int code = AotTraining.run(dir.resolve("demo"), Map.of("PLAYLENS_DATA_DIR", dir.resolve("data").toString()),
                new PrintWriter(err));

        assertThat(code).as(err.toString()).isZero();
        assertThat(dir.resolve("demo/warehouse.duckdb")).isRegularFile();
        assertThat(Files.size(dir.resolve("demo/heat.png"))).isGreaterThan(10_000);
        List<String> bins = Files.readAllLines(dir.resolve("demo/bins.csv"));
        assertThat(bins.getFirst()).isEqualTo("x_index,y_index,value");
        assertThat(bins).hasSizeGreaterThan(10);
    }
}
