package dev.playlens.core.level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code levels.json}:
 * {@code {"levels":[{"id":…,"name":…,"image":"levels/x.png","width":1024,"height":1024,
 * "world":{"x0":…,"y0":…,"x1":…,"y1":…,"flipY":false}}]}}.
 */
public final class LevelsFile {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LevelsFile() {
    }

    public static List<Level> read(Path file) {
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            List<Level> levels = new ArrayList<>();
            for (JsonNode n : root.path("levels")) {
                JsonNode w = n.path("world");
                levels.add(new Level(n.path("id").asText(), n.path("name").asText(n.path("id").asText()),
                        n.path("image").asText(), n.path("width").asInt(), n.path("height").asInt(),
                        new WorldRect(w.path("x0").asDouble(), w.path("y0").asDouble(),
                                w.path("x1").asDouble(), w.path("y1").asDouble(), w.path("flipY").asBoolean())));
            }
            return levels;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read levels file " + file + ": " + e.getMessage(), e);
        }
    }

    public static void write(Path file, List<Level> levels) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode array = root.putArray("levels");
        for (Level l : levels) {
            ObjectNode n = array.addObject();
            n.put("id", l.id()).put("name", l.name()).put("image", l.image())
                    .put("width", l.width()).put("height", l.height());
            WorldRect w = l.world();
            n.putObject("world").put("x0", w.x0()).put("y0", w.y0()).put("x1", w.x1()).put("y1", w.y1())
                    .put("flipY", w.flipY());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            MAPPER.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write levels file " + file + ": " + e.getMessage(), e);
        }
    }
}
