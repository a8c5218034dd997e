package dev.playlens.demo.level;

import java.awt.TexturePaint;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Textures cost a million noise samples each, so each is made once and shared by every image a painter
 * draws (both layouts of a level, every lava or water hazard). The images are never written to after
 * creation, so concurrent painters may read them.
 */
final class TextureCache {
    private final ConcurrentHashMap<String, TexturePaint> cache = new ConcurrentHashMap<>();

    TexturePaint get(String key, Supplier<TexturePaint> make) {
        return cache.computeIfAbsent(key, k -> make.get());
    }
}
