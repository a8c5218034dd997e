package dev.playlens.warehouse.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Map;

/**
 * How an event's extra fields reach the table: "session_id" is promoted to its own column (as text; JSON
 * text when it is not a string) and the rest become JSON text with sorted keys. Both parse paths write
 * through here, so equal values give byte-identical JSON. Scalars are written directly with the generator
 * (an ObjectMapper call per event costs more than parsing the whole line); nested values go through the
 * mapper, which writes scalars exactly the same way.
 */
final class ExtraFields {
    static final String SESSION_ID = "session_id";

    private final ObjectMapper mapper;

    ExtraFields(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Removes "session_id" from {@code extra} (sorted, mutable, may be null) and returns it as text. */
    String promoteSessionId(Map<String, Object> extra) {
        if (extra == null || !extra.containsKey(SESSION_ID)) return null;
        Object v = extra.remove(SESSION_ID);
        if (v == null || v instanceof String) return (String) v;
        return toJsonValue(v);
    }

    /** JSON text of the remaining fields in the map's order, or null when there are none. */
    String toJson(Map<String, Object> extra) {
        if (extra == null || extra.isEmpty()) return null;
        SegmentedStringWriter out = new SegmentedStringWriter(mapper.getFactory()._getBufferRecycler());
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : extra.entrySet()) {
                g.writeFieldName(e.getKey());
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
            g.flush();
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON of parsed values", e);
        }
    }

    private String toJsonValue(Object v) {
        SegmentedStringWriter out = new SegmentedStringWriter(mapper.getFactory()._getBufferRecycler());
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            writeValue(g, v);
            g.flush();
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON of parsed values", e);
        }
    }

    private void writeValue(JsonGenerator g, Object v) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Double d -> g.writeNumber(d);
            case Boolean b -> g.writeBoolean(b);
            case BigInteger b -> g.writeNumber(b);
            default -> mapper.writeValue(g, v);
        }
    }
}
