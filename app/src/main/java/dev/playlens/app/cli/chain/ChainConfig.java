package dev.playlens.app.cli.chain;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The nightly chain's config file (JSON, or YAML for .yaml/.yml): transfer → ingest → score → publish, each step
 * optional. Relative paths are resolved against the config file's folder by {@link ChainPaths}.
 */
public record ChainConfig(String warehouse, String registry, Transfer transfer, Ingest ingest, Score score,
                          Publish publish) {

    /** Copy cold telemetry (s3://, azure://, a folder) to a folder ingest reads. */
    public record Transfer(String from, String to, Integer parallel, String journal) {
    }

    /** Load the telemetry under {@code from} (default: transfer.to) into game_events of the warehouse. */
    public record Ingest(String from, String rejects) {
    }

    /**
     * Score every user of the feature table/query; {@code recent_days}: the default game_events feature query over
     * the last N days of data; none of them: the query the model was trained on.
     */
    public record Score(String model, String table, String query, @JsonProperty("recent_days") Integer recentDays,
                        String id) {
    }

    /** Send the scored predictions to every target (as {@code playlens publish --to}). */
    public record Publish(List<String> to, @JsonProperty("ttl") Long ttlSeconds) {
        public Publish {
            to = to == null ? List.of() : List.copyOf(to);
        }
    }

    /** A config that cannot be used: names the file, the line when known, and the field. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    public static ChainConfig read(Path file) throws Invalid {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        boolean yaml = name.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml");
        ObjectMapper mapper = (yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        ChainConfig config;
        try {
            config = mapper.readValue(file.toFile(), ChainConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new Invalid(file + lineOf(file, e.getPropertyName(), tokenLocation(e)) + ": unknown field '" + path(e) + "' (known: "
                    + String.join(", ", e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()) + ")");
        } catch (JsonMappingException e) {
            throw new Invalid(file + where(tokenLocation(e)) + ", field '" + path(e) + "': " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new Invalid(file + where(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            if (!Files.exists(file) || e instanceof NoSuchFileException) throw new Invalid(file + ": no such file");
            throw new Invalid(file + ": cannot read: " + e.getMessage());
        }
        if (config == null) throw new Invalid(file + ": empty config");
        config.validate(file);
        return config;
    }

    private void validate(Path file) throws Invalid {
        if (transfer == null && ingest == null && score == null && publish == null) {
            throw new Invalid(file + ": no steps; give at least one of transfer, ingest, score, publish");
        }
        if (transfer != null) {
            require(file, transfer.from(), "transfer.from");
            require(file, transfer.to(), "transfer.to");
            if (transfer.parallel() != null && (transfer.parallel() < 1 || transfer.parallel() > 64)) {
                throw new Invalid(file + ": transfer.parallel must be 1..64, got " + transfer.parallel());
            }
        }
        if (ingest != null) {
            if (ingest.from() == null && transfer == null) {
                throw new Invalid(file + ": ingest.from is missing (it defaults to transfer.to only when there is a transfer step)");
            }
            require(file, warehouse, "warehouse");
        }
        if (score != null) {
            require(file, score.model(), "score.model");
            require(file, warehouse, "warehouse");
            int sources = (score.table() != null ? 1 : 0) + (score.query() != null ? 1 : 0) + (score.recentDays() != null ? 1 : 0);
            if (sources > 1) throw new Invalid(file + ": give one of score.table, score.query or score.recent_days");
            if (score.recentDays() != null && score.recentDays() < 1) {
                throw new Invalid(file + ": score.recent_days must be at least 1, got " + score.recentDays());
            }
        }
        if (publish != null) {
            if (score == null) throw new Invalid(file + ": publish needs a score step (it publishes the scored predictions)");
            if (publish.to().isEmpty()) throw new Invalid(file + ": publish.to is missing (a list of targets)");
            if (publish.ttlSeconds() != null && publish.ttlSeconds() < 1) {
                throw new Invalid(file + ": publish.ttl must be at least 1 second, got " + publish.ttlSeconds());
            }
        }
    }

    private static void require(Path file, String value, String field) throws Invalid {
        if (value == null || value.isBlank()) throw new Invalid(file + ": " + field + " is missing");
    }

    /** Where the offending token starts (the YAML parser's own location is already past it). */
    private static JsonLocation tokenLocation(JsonProcessingException e) {
        if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser p && p.currentTokenLocation() != null) {
            return p.currentTokenLocation();
        }
        return e.getLocation();
    }

    /**
     * The line where the unknown key is written: records are built through a creator, so by the time Jackson sees
     * an unknown key its parser may already be at the end of the enclosing object.
     */
    private static String lineOf(Path file, String key, JsonLocation fallback) {
        try {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile("(^|[\\s{,\"'])" + java.util.regex.Pattern.quote(key)
                    + "[\"']?\\s*:");
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) if (p.matcher(lines.get(i)).find()) return ", line " + (i + 1);
        } catch (IOException | RuntimeException e) {
            // fall back to the parser's location
        }
        return where(fallback);
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : ", line " + location.getLineNr();
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
