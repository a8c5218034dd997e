package dev.playlens.app.publish;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One line of the publish history as the screen's table shows it. */
public record HistoryRow(String time, String model, int version, String targets, long rows, long keys, String status,
                         String error) {

    /** From a {@code PublishHistory} line (JSON map). */
    static HistoryRow of(Map<String, Object> m) {
        String targets = m.get("targets") instanceof List<?> list ? list.stream()
                .map(t -> t instanceof Map<?, ?> tm ? tm.get("to") + " (" + tm.get("written") + ")" : String.valueOf(t))
                .collect(Collectors.joining(", ")) : "";
        return new HistoryRow(String.valueOf(m.get("time")), String.valueOf(m.get("model")), number(m.get("version")).intValue(),
                targets, number(m.get("rows")).longValue(), number(m.get("keys")).longValue(), String.valueOf(m.get("status")),
                m.get("error") == null ? "" : String.valueOf(m.get("error")));
    }

    HistoryRow withTargets(String shown) {
        return new HistoryRow(time, model, version, shown, rows, keys, status, error);
    }

    private static Number number(Object o) {
        return o instanceof Number n ? n : 0;
    }
}
