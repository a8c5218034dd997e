package dev.playlens.publish.cache;

/**
 * The cache layer's key layout. Model names cannot hold ':' (the registry forbids it), and the third segment of a
 * value key is always a number, so the three kinds never collide:
 * <ul>
 *   <li>{@code playlens:<model>:<version>:<user>} — one user's prediction (compact JSON), with a TTL;</li>
 *   <li>{@code playlens:<model>:manifest:<version>} — written last, expires no later than the first value key;</li>
 *   <li>{@code playlens:<model>:current} — the version readers use; no TTL.</li>
 * </ul>
 */
public final class RedisKeys {
    private static final String PREFIX = "playlens:";

    private RedisKeys() {
    }

    /** {@code playlens:<model>:} — the start of every key of the model. */
    public static String modelPrefix(String model) {
        return PREFIX + model + ":";
    }

    public static String valuePrefix(String model, int version) {
        return modelPrefix(model) + version + ":";
    }

    public static String value(String model, int version, String user) {
        return valuePrefix(model, version) + user;
    }

    public static String current(String model) {
        return PREFIX + model + ":current";
    }

    public static String manifest(String model, int version) {
        return PREFIX + model + ":manifest:" + version;
    }
}
