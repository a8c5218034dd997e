package dev.playlens.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON has no NaN or infinity: such values (a cluster profile with no data, say) become null. */
final class JsonNumbers {
    private JsonNumbers() {
    }

    @SuppressWarnings("unchecked")
    static <T> T finite(T value) {
        return switch (value) {
            case Double d when d.isNaN() || d.isInfinite() -> null;
            case Map<?, ?> map -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(k, finite(v)));
                yield (T) out;
            }
            case List<?> list -> {
                List<Object> out = new ArrayList<>();
                for (Object v : list) out.add(finite(v));
                yield (T) out;
            }
            case null, default -> value;
        };
    }
}
