package dev.playlens.demo.output;

import dev.playlens.demo.sim.DemoCalendar;
import dev.playlens.demo.sim.PlayerState;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Ground truth per player for ML tests, outside the bucket: {@code truth/players.csv}.
 * <ul>
 *   <li>{@code archetype}: the hidden kind of player (never in the events);</li>
 *   <li>{@code is_payer}: made at least one purchase in the window;</li>
 *   <li>{@code churned}: no session in the last 7 days of the window (false for players who installed in
 *       those 7 days, as they necessarily played in them);</li>
 *   <li>the counters (sessions, deaths, purchases, revenue) count real events, not duplicates.</li>
 * </ul>
 */
public final class TruthCsv {
    public static final String HEADER = "client_id,archetype,platform,install_date,last_active_date,active_days,"
            + "sessions,deaths,purchases,revenue_usd,is_payer,churned";
    public static final int CHURN_WINDOW_DAYS = 7;

    private TruthCsv() {
    }

    public static void write(Path file, PlayerState[] players, DemoCalendar calendar) throws IOException {
        Files.createDirectories(file.getParent());
        int days = calendar.days();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (PlayerState p : players) {
                boolean churned = p.lastActiveDay() < days - CHURN_WINDOW_DAYS;
                w.write(String.join(",", p.clientId(), p.archetype().label(), p.platform(),
                        calendar.date(p.installDay()).toString(), calendar.date(p.lastActiveDay()).toString(),
                        Integer.toString(p.activeDays()), Integer.toString(p.sessions()),
                        Integer.toString(p.deaths()), Integer.toString(p.purchases()),
                        String.format(Locale.ROOT, "%.2f", p.revenueCents() / 100.0),
                        Boolean.toString(p.purchases() > 0), Boolean.toString(churned)));
                w.write('\n');
            }
        }
    }
}
