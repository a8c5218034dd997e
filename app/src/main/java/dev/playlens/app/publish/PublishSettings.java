package dev.playlens.app.publish;

import java.util.List;

/**
 * What the Publish screen remembers in the workspace's {@code publish.json}: the model version, the data to
 * score, the targets (locations only, never secrets) and the cache TTL.
 */
public record PublishSettings(String model, Integer version, DataKind dataKind, String data, String idColumn,
                              List<TargetChoice> targets, long ttlHours) {

    /** Where the users to score come from. */
    public enum DataKind { TABLE, QUERY, FILE }

    /** One saved target and whether the next publish uses it. */
    public record TargetChoice(String to, boolean selected) {
    }

    public PublishSettings {
        dataKind = dataKind == null ? DataKind.TABLE : dataKind;
        targets = targets == null ? List.of() : List.copyOf(targets);
        ttlHours = ttlHours < 1 ? 24 : ttlHours;
    }

    public static PublishSettings empty() {
        return new PublishSettings(null, null, DataKind.TABLE, "", "", List.of(), 24);
    }
}
