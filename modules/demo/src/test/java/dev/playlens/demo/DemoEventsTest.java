package dev.playlens.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the shared 20,000-player, 14-day generation and checks the telemetry against the brief's figures. */
class DemoEventsTest {
    private static final DemoSpec SPEC = SharedDemo.SPEC;
    private static DemoSummary summary;
    private static EventScan scan;

    @BeforeAll
    static void generate() {
        summary = SharedDemo.summary();
        scan = SharedDemo.scan();
    }

    @Test
    void everyLineIsAnEventADuplicateOrAMalformedLineAndTheSummarySaysHowMany() {
        assertThat(scan.accepted + scan.rejected).isEqualTo(scan.lines);
        assertThat(scan.lines).isEqualTo(summary.totalLines());
        assertThat(scan.rejected).isEqualTo(summary.malformedLines());
        assertThat((long) scan.ids.size()).isEqualTo(scan.accepted - summary.duplicates())
                .isEqualTo(summary.events());
        assertThat(scan.files).isEqualTo(summary.files());
    }

    @Test
    void faultsComeAtTheAgreedRates() {
        double dupRate = summary.duplicates() / (double) summary.events();
        assertThat(dupRate).isBetween(0.004, 0.006);
        // about 1 per 100k lines: a Poisson count, so a wide band
        double expectedMalformed = summary.totalLines() / 100_000.0;
        assertThat((double) summary.malformedLines()).isBetween(expectedMalformed * 0.3, expectedMalformed * 2.5);
    }

    @Test
    void filesFollowThePipelineLayoutAndNoLineArrivesBeforeItHappened() {
        assertThat(scan.filesOutOfLayout).isZero();
        assertThat(scan.linesInEarlierHourThanEvent).isZero();
    }

    @Test
    void eventsCarryTheSchemaAndNoHiddenLabels() {
        assertThat(scan.problems).isEmpty();
        assertThat(scan.eventTypes).containsExactlyInAnyOrder("session_start", "session_end", "level_start",
                "level_complete", "player_death", "purchase");
        assertThat(scan.appVersions).containsExactly("1.0", "1.1");
        assertThat(scan.extraKeys).containsExactlyInAnyOrder("session_id", "platform", "duration_s", "sku", "amount")
                .doesNotContain("archetype", "churned", "is_payer");
    }

    @Test
    void daySevenRetentionIsBetween15And25Percent() {
        int cohort = 0;
        int retained = 0;
        for (TreeSet<Integer> days : scan.sessionDays.values()) {
            int install = days.first();
            if (install + 7 >= SPEC.days()) continue;
            cohort++;
            if (days.contains(install + 7)) retained++;
        }
        assertThat(cohort).isGreaterThan(SPEC.players() / 2);
        assertThat(retained / (double) cohort).isBetween(0.15, 0.25);
    }

    @Test
    void payersAreBetween2And5PercentOfPlayers() {
        assertThat(scan.sessionDays).hasSize(SPEC.players());
        assertThat(scan.payers.size() / (double) SPEC.players()).isBetween(0.02, 0.05);
    }

    @Test
    void groundTruthAgreesWithTheEvents() throws IOException {
        List<String> rows = Files.readAllLines(summary.truthFile());
        assertThat(rows.getFirst()).isEqualTo("client_id,archetype,platform,install_date,last_active_date,"
                + "active_days,sessions,deaths,purchases,revenue_usd,is_payer,churned");
        assertThat(rows).hasSize(SPEC.players() + 1);
        int lastWindowStart = SPEC.days() - 7;
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",");
            assertThat(c[10].equals("true")).as("is_payer of %s", c[0]).isEqualTo(scan.payers.contains(c[0]));
            boolean playedLastWeek = scan.sessionDays.get(c[0]).last() >= lastWindowStart;
            assertThat(c[11].equals("true")).as("churned of %s", c[0]).isEqualTo(!playedLastWeek);
            assertThat(Integer.parseInt(c[5])).as("active days of %s", c[0]).isEqualTo(scan.sessionDays.get(c[0]).size());
        }
        assertThat(rows.stream().skip(1).map(r -> r.split(",")[1]).distinct())
                .containsExactlyInAnyOrder("early_churner", "casual", "core", "spender");
    }
}
