package dev.playlens.publish.serve;

import java.util.concurrent.atomic.LongAdder;

/** Counters for {@code /metrics}. */
public final class ServeMetrics {
    final LongAdder hits = new LongAdder();
    final LongAdder misses = new LongAdder();
    final LongAdder unknownModel = new LongAdder();
    final LongAdder unknownUser = new LongAdder();
    final LongAdder errors = new LongAdder();

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }

    public String json() {
        return "{\"hits\":" + hits.sum() + ",\"misses\":" + misses.sum() + ",\"unknown_model\":" + unknownModel.sum()
                + ",\"unknown_user\":" + unknownUser.sum() + ",\"errors\":" + errors.sum() + "}";
    }

    /** Prometheus text exposition. */
    public String prometheus() {
        return "# TYPE playlens_predict_requests_total counter\n"
                + "playlens_predict_requests_total{result=\"hit\"} " + hits.sum() + "\n"
                + "playlens_predict_requests_total{result=\"miss\"} " + misses.sum() + "\n"
                + "playlens_predict_requests_total{result=\"unknown_model\"} " + unknownModel.sum() + "\n"
                + "playlens_predict_requests_total{result=\"unknown_user\"} " + unknownUser.sum() + "\n"
                + "playlens_predict_requests_total{result=\"error\"} " + errors.sum() + "\n";
    }
}
