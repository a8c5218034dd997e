package dev.playlens.core.event;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TelemetryJsonTest {
    private final TelemetryJson json = new TelemetryJson();

    /** Same lookup as test-support's RealData (core cannot depend on it): shared/realdata above or beside us. */
    static Path realdata(String name) {
        String override = System.getenv("PLAYLENS_REALDATA");
        if (override != null) return Path.of(override, name);
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            for (Path candidate : new Path[]{p.resolve("shared/realdata"), p.resolveSibling("shared").resolve("realdata")}) {
                if (Files.isDirectory(candidate)) return candidate.resolve(name);
            }
        }
        throw new IllegalStateException("shared/realdata not found above the working directory; set PLAYLENS_REALDATA");
    }

    @Test
    void parsesEverySeedSampleLine() throws IOException {
        List<String> lines = Files.readAllLines(realdata("aws-pipeline/heatmap-sample-data.txt"));
        long accepted = lines.stream().filter(l -> !l.isBlank())
                .map(json::parse).filter(p -> p instanceof ParsedLine.Accepted).count();
        assertThat(accepted).isEqualTo(642);
        var first = (ParsedLine.Accepted) json.parse(lines.getFirst());
        assertThat(first.event().eventId()).isEqualTo(UUID.fromString("9279a743-e142-49fc-8e9b-1a6e24cede04"));
        assertThat(first.event().positionX()).isEqualTo(413.284);
        assertThat(first.event().levelId()).isEqualTo("test_level");
        assertThat(first.event().eventTimestamp()).isEqualTo(1508785119265L);
    }

    @Test
    void roundTripsAnEventWithExtraFields() {
        var event = new TelemetryEvent("g", "1.0", UUID.randomUUID(), "purchase", 1_600_000_000_000L,
                "c1", "2.0", null, null, null, Map.of("amount", 4.99, "sku", "gems_100"));
        var parsed = json.parse(json.write(event));
        assertThat(parsed).isEqualTo(new ParsedLine.Accepted(event));
    }

    @Test
    void keepsExtraFieldsInTheirOrderAndAcceptsNulls() {
        String line = "{\"event_version\":\"1.0\",\"event_id\":\"9279a743-e142-49fc-8e9b-1a6e24cede04\","
                + "\"event_timestamp\":1508785119265,\"event_type\":\"t\",\"app_name\":\"g\",\"client_id\":\"c\","
                + "\"zeta\":1,\"alpha\":null,\"mid\":\"m\"}";
        var parsed = (ParsedLine.Accepted) json.parse(line);
        assertThat(parsed.event().extra().keySet()).containsExactly("zeta", "alpha", "mid");
        assertThat(json.write(parsed.event())).isEqualTo(line);
    }

    @Test
    void rejectsNamingTheField() {
        String ok = "{\"app_name\":\"g\",\"event_version\":\"1.0\",\"event_id\":\"9279a743-e142-49fc-8e9b-1a6e24cede04\","
                + "\"event_type\":\"player_death\",\"event_timestamp\":1508785119265,\"client_id\":\"c\"}";
        assertThat(json.parse(ok)).isInstanceOf(ParsedLine.Accepted.class);
        assertThat(field(ok.replace("\"app_name\":\"g\",", ""))).isEqualTo("app_name");
        assertThat(field(ok.replace("9279a743-e142-49fc-8e9b-1a6e24cede04", "not-a-uuid"))).isEqualTo("event_id");
        assertThat(field(ok.replace("1508785119265", "1508785119"))).isEqualTo("event_timestamp");
        assertThat(field(ok.replace("1508785119265", "\"yesterday\""))).isEqualTo("event_timestamp");
        assertThat(field(ok.replace("}", ",\"position_x\":\"left\"}"))).isEqualTo("position_x");
        var truncated = json.parse(ok.substring(0, 40));
        assertThat(truncated).isInstanceOfSatisfying(ParsedLine.Rejected.class, r -> {
            assertThat(r.field()).isNull();
            assertThat(r.reason()).startsWith("not valid JSON");
            assertThat(r.rawLine()).isEqualTo(ok.substring(0, 40));
        });
    }

    private String field(String line) {
        return ((ParsedLine.Rejected) json.parse(line)).field();
    }
}
