package dev.playlens.demo.output;

import dev.playlens.demo.sim.EventSink;
import dev.playlens.demo.sim.GameWorld;
import dev.playlens.demo.sim.PlayerState;

import java.util.SplittableRandom;

/**
 * Turns simulated events into telemetry lines in a {@link LineBatch}, with delivery delays, duplicates
 * and malformed lines drawn from the player's own random stream. One per worker task; not thread-safe.
 */
public final class EventEmitter implements EventSink {
    private static final byte[] SESSION_ID = JsonLine.key("session_id");
    private static final byte[] PLATFORM = JsonLine.key("platform");
    private static final byte[] DURATION = JsonLine.key("duration_s");
    private static final byte[] LEVEL_ID = JsonLine.key("level_id");
    private static final byte[] SKU = JsonLine.key("sku");
    private static final byte[] AMOUNT = JsonLine.key("amount");

    private final LineBatch batch = new LineBatch();
    private final JsonLine json = new JsonLine(batch);
    private final FaultyDelivery faults = new FaultyDelivery();
    private long events;
    private long duplicates;
    private long malformed;

    public LineBatch batch() {
        return batch;
    }

    public long events() {
        return events;
    }

    public long duplicates() {
        return duplicates;
    }

    public long malformed() {
        return malformed;
    }

    @Override
    public void sessionStart(PlayerState p, long ts, String version, String sessionId, String platform) {
        begin(p, ts, "session_start", version).field(SESSION_ID, sessionId).field(PLATFORM, platform);
        deliver(p, ts);
    }

    @Override
    public void sessionEnd(PlayerState p, long ts, String version, String sessionId, long durationSeconds) {
        begin(p, ts, "session_end", version).field(SESSION_ID, sessionId).field(DURATION, durationSeconds);
        deliver(p, ts);
    }

    @Override
    public void levelStart(PlayerState p, long ts, String version, String sessionId, String level, double x,
                           double y) {
        begin(p, ts, "level_start", version).position(level, x, y).field(SESSION_ID, sessionId);
        deliver(p, ts);
    }

    @Override
    public void levelComplete(PlayerState p, long ts, String version, String sessionId, String level, double x,
                              double y, long durationSeconds) {
        begin(p, ts, "level_complete", version).position(level, x, y).field(SESSION_ID, sessionId)
                .field(DURATION, durationSeconds);
        deliver(p, ts);
    }

    @Override
    public void death(PlayerState p, long ts, String version, String sessionId, String level, double x, double y) {
        begin(p, ts, "player_death", version).position(level, x, y).field(SESSION_ID, sessionId);
        deliver(p, ts);
    }

    @Override
    public void purchase(PlayerState p, long ts, String version, String sessionId, String level, String sku,
                         double usd) {
        JsonLine line = begin(p, ts, "purchase", version);
        if (level != null) line.field(LEVEL_ID, level);
        line.field(SESSION_ID, sessionId).field(SKU, sku).field(AMOUNT, usd);
        deliver(p, ts);
    }

    private JsonLine begin(PlayerState p, long ts, String type, String version) {
        SplittableRandom rnd = p.random();
        long hi = PlayerState.uuidHigh(rnd.nextLong());
        long lo = PlayerState.uuidLow(rnd.nextLong());
        return json.begin(hi, lo, ts, type, GameWorld.APP_NAME, version, p.clientIdHigh(), p.clientIdLow());
    }

    private void deliver(PlayerState p, long ts) {
        SplittableRandom rnd = p.random();
        int start = json.end();
        int length = batch.used - start;
        long at = ts + faults.deliveryDelay(rnd);
        batch.add(at, start, length);
        events++;
        if (faults.duplicate(rnd)) {
            batch.add(at + faults.retryDelay(rnd), start, length); // a retry: the very same bytes
            duplicates++;
        }
        if (faults.malformed(rnd)) {
            batch.addLine(at, faults.corrupt(batch.text(start, length), ts, rnd));
            malformed++;
        }
    }
}
