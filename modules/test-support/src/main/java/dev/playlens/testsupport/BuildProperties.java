package dev.playlens.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/** Facts recorded when test-support was built: build.properties, filled in by Maven resource filtering. */
final class BuildProperties {
    private static final Properties PROPERTIES = load();

    private BuildProperties() {
    }

    /** The value, or empty when it is missing or was not filtered (a build without Maven). */
    static Optional<String> get(String key) {
        String value = PROPERTIES.getProperty(key);
        return value == null || value.contains("${") ? Optional.empty() : Optional.of(value);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildProperties.class.getResourceAsStream("build.properties")) {
            if (in != null) properties.load(in);
        } catch (IOException e) {
            // callers fall back to their defaults
        }
        return properties;
    }
}
