package dev.playlens.publish.serve;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code current} version of each model as last read from Redis, trusted for {@code maxStaleness}: within it a
 * request is a plain GET of the versioned key; after it the request reads pointer and value together (one script)
 * and remembers the pointer again. Shared by the event-loop hit path and the blocking {@link CurrentLookup}.
 */
final class CurrentPointers {
    /** A pointer as read at {@code readAtNanos}; {@code version} null when Redis had none. */
    private record Pointer(String version, long readAtNanos) {
    }

    private final long maxStalenessNanos;
    private final Map<String, Pointer> pointers = new ConcurrentHashMap<>();

    CurrentPointers(Duration maxStaleness) {
        this.maxStalenessNanos = maxStaleness.toNanos();
    }

    /** The remembered version while fresh; null when it is too old, unknown, or Redis had no pointer. */
    String fresh(String model) {
        Pointer p = pointers.get(model);
        return p != null && p.version() != null && System.nanoTime() - p.readAtNanos() < maxStalenessNanos
                ? p.version() : null;
    }

    /** {@code readAtNanos}: taken BEFORE the read was sent, so the staleness bound holds from the read's start. */
    void remember(String model, String version, long readAtNanos) {
        pointers.put(model, new Pointer(version, readAtNanos));
    }
}
