package dev.playlens.publish.serve;

import dev.playlens.ml.data.RawTable;

/** One user's feature row for a cache miss; an empty table means the warehouse does not know the user. */
@FunctionalInterface
public interface FeatureSource {
    RawTable forUser(String userId) throws Exception;
}
