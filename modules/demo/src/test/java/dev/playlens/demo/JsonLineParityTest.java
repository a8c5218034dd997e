package dev.playlens.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.core.event.ParsedLine;
import dev.playlens.core.event.TelemetryEvent;
import dev.playlens.core.event.TelemetryJson;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo writes lines itself (for byte-stable extras); they must be what core's TelemetryJson writes. */
class JsonLineParityTest {

    @Test
    void linesAreWhatTelemetryJsonWritesForTheSameEvent() throws IOException {
        TelemetryJson json = new TelemetryJson();
        ObjectMapper mapper = new ObjectMapper();
        int byteEqual = 0;
        int treeEqual = 0;
        for (String line : sampleLines(20_000)) {
            if (!(json.parse(line) instanceof ParsedLine.Accepted(TelemetryEvent e))) continue;
            String written = json.write(e);
            if (e.extra().size() <= 1) {
                // one extra field: no ordering freedom, so the bytes must match exactly
                assertThat(line).isEqualTo(written);
                byteEqual++;
            } else {
                assertThat(mapper.readTree(line)).isEqualTo(mapper.readTree(written));
                treeEqual++;
            }
        }
        assertThat(byteEqual).isGreaterThan(1_000);
        assertThat(treeEqual).isGreaterThan(1_000);
    }

    private static List<String> sampleLines(int max) throws IOException {
        Path events = SharedDemo.summary().bucket().resolve("events");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(events)) {
            files = walk.filter(Files::isRegularFile).sorted().limit(40).toList();
        }
        List<String> lines = new java.util.ArrayList<>();
        for (Path f : files) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f))))) {
                r.lines().limit(max / files.size()).forEach(lines::add);
            }
        }
        return lines;
    }
}
