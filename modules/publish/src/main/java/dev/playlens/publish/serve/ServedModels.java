package dev.playlens.publish.serve;

import dev.playlens.ml.registry.ModelRef;
import dev.playlens.ml.registry.ModelRegistry;
import dev.playlens.publish.ScoringModel;
import dev.playlens.publish.ScoringModels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models an endpoint answers for, each loaded from the registry once per version: a miss is scored with the
 * version {@code current} names in Redis, so a republish changes the answers at once.
 */
public final class ServedModels {
    private final ModelRegistry registry;
    private final Set<String> names;
    private final Map<String, ScoringModel> loaded = new ConcurrentHashMap<>();

    public ServedModels(ModelRegistry registry, Set<String> names) throws IOException {
        this.registry = registry;
        this.names = Set.copyOf(names);
        for (String n : names) registry.currentVersion(n); // fail at start, naming the model, not on the first request
    }

    public boolean serves(String name) {
        return names.contains(name);
    }

    /** The registry's current version: used when Redis has no pointer yet (nothing published, or restarted empty). */
    public int registryCurrent(String name) {
        try {
            return registry.currentVersion(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ScoringModel version(String name, int version) {
        return loaded.computeIfAbsent(name + ":" + version, key -> {
            try {
                return new ScoringModels(registry).load(new ModelRef(name, version));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load " + key + ": " + e.getMessage(), e);
            }
        });
    }
}
