package dev.playlens.app.ingest;

import dev.playlens.warehouse.ingest.LocalSourceFiles;
import dev.playlens.warehouse.ingest.SourceFile;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns a location typed or handed to the load dialog into an {@link IngestSource}: local paths and
 * {@code file:} URIs built in, other schemes ({@code s3://}, {@code azure://}) through {@link #register}, so
 * the storage screen can hand a bucket prefix to the same dialog later.
 */
public final class IngestSources {
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://.*");

    private final Map<String, Function<String, IngestSource>> byScheme = new LinkedHashMap<>();

    /** Adds a resolver for {@code scheme://…} locations (lower case, without "://"). */
    public IngestSources register(String scheme, Function<String, IngestSource> resolver) {
        byScheme.put(scheme.toLowerCase(Locale.ROOT), resolver);
        return this;
    }

    /** @throws IllegalArgumentException naming the location when it is blank or its scheme is not supported */
    public IngestSource resolve(String location) {
        String uri = location == null ? "" : location.strip();
        if (uri.isEmpty()) throw new IllegalArgumentException("choose a telemetry file or folder to load");
        var m = SCHEME.matcher(uri);
        if (uri.toLowerCase(Locale.ROOT).startsWith("file:")) return local(uri, Path.of(URI.create(uri)));
        if (m.matches()) {
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            Function<String, IngestSource> resolver = byScheme.get(scheme);
            if (resolver == null) {
                throw new IllegalArgumentException(scheme + ":// locations cannot be loaded here yet: "
                        + "copy the files to a local folder first (" + uri + ")");
            }
            return resolver.apply(uri);
        }
        return local(uri, Path.of(uri));
    }

    static IngestSource local(String uri, Path path) {
        return new IngestSource() {
            @Override
            public String uri() {
                return uri;
            }

            @Override
            public List<SourceFile> files() throws IOException {
                return LocalSourceFiles.under(path);
            }
        };
    }
}
