package dev.playlens.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.util.Map;

/** {@code --json}: exactly one JSON object on stdout, on one line. */
final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonOutput() {
    }

    static void print(PrintWriter out, Map<String, ?> object) {
        try {
            out.println(MAPPER.writeValueAsString(object));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON output: " + e.getMessage(), e);
        }
    }

    static String string(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
