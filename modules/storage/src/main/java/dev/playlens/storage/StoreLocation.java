package dev.playlens.storage;

import java.net.URI;
import java.nio.file.Path;

/**
 * A parsed store URI: {@code s3://bucket/prefix}, {@code azure://container/prefix}, {@code file:/abs/path} or a plain path.
 * The prefix is "" or ends with "/", so keys below it are relative names.
 */
public record StoreLocation(Scheme scheme, String container, String prefix, Path localRoot) {
    public enum Scheme { S3, AZURE, LOCAL }

    public static StoreLocation parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty store location");
        if (text.startsWith("s3://")) return cloud(Scheme.S3, text, text.substring(5));
        if (text.startsWith("azure://")) return cloud(Scheme.AZURE, text, text.substring(8));
        if (text.startsWith("file:")) return new StoreLocation(Scheme.LOCAL, null, "", Path.of(URI.create(text)).toAbsolutePath());
        if (text.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*"))
            throw new IllegalArgumentException("unsupported store URI " + text + " (use s3://, azure://, file: or a path)");
        return new StoreLocation(Scheme.LOCAL, null, "", Path.of(text).toAbsolutePath());
    }

    public static StoreLocation parse(URI uri) {
        return parse(uri.toString());
    }

    private static StoreLocation cloud(Scheme scheme, String full, String rest) {
        int slash = rest.indexOf('/');
        String container = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        if (container.isEmpty()) throw new IllegalArgumentException("no bucket/container in " + full);
        if (!prefix.isEmpty() && !prefix.endsWith("/")) prefix = prefix + "/";
        return new StoreLocation(scheme, container, prefix, null);
    }

    public URI toUri() {
        return switch (scheme) {
            case S3 -> URI.create("s3://" + container + "/" + prefix);
            case AZURE -> URI.create("azure://" + container + "/" + prefix);
            case LOCAL -> localRoot.toUri();
        };
    }
}
