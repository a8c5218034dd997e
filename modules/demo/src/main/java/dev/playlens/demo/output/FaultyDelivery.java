package dev.playlens.demo.output;

import java.util.SplittableRandom;

/**
 * What the network and clients do to events on their way to the bucket: a delivery delay (seconds
 * usually, hours for a phone that was offline), retries that re-send the same line later (duplicates),
 * and rare corrupted lines (truncated upload, a field dropped by a buggy client, a broken UUID, a
 * timestamp in seconds). A corrupted line is an extra line; the event itself also arrives intact.
 */
final class FaultyDelivery {
    static final double DUPLICATE_RATE = 0.005;
    static final double MALFORMED_RATE = 0.00001;
    private static final double OFFLINE_RATE = 0.02;

    long deliveryDelay(SplittableRandom rnd) {
        if (rnd.nextDouble() < OFFLINE_RATE) return 120_000L + (long) (rnd.nextDouble() * 6 * 3_600_000L);
        return Math.min(600_000L, (long) (Math.exp(Math.log(3_000) + rnd.nextGaussian() * 0.9)));
    }

    boolean duplicate(SplittableRandom rnd) {
        return rnd.nextDouble() < DUPLICATE_RATE;
    }

    /** A retry comes back 20 seconds to 90 minutes later, so it often lands in a later hour's file. */
    long retryDelay(SplittableRandom rnd) {
        return 20_000L + (long) (rnd.nextDouble() * 90 * 60_000L);
    }

    boolean malformed(SplittableRandom rnd) {
        return rnd.nextDouble() < MALFORMED_RATE;
    }

    String corrupt(String line, long timestamp, SplittableRandom rnd) {
        int kind = rnd.nextInt(4);
        return switch (kind) {
            case 0 -> line.substring(0, line.length() / 3 + rnd.nextInt(line.length() * 2 / 3 - 1));
            case 1 -> line.replaceFirst(",\"client_id\":\"[^\"]*\"", "");
            case 2 -> line.replaceFirst("(\"event_id\":\"[0-9a-f-]{30})[0-9a-f]", "$1z");
            default -> line.replace("\"event_timestamp\":" + timestamp, "\"event_timestamp\":" + timestamp / 1000);
        };
    }
}
