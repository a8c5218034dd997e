package dev.playlens.app.cli.chain;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Resolves the config's relative locations against the config file's folder, so a chain folder can be moved
 * as a whole: plain paths, {@code file:} paths and {@code duckdb:PATH[#TABLE]}. URLs (s3://, jdbc:, redis://) stay.
 */
final class ChainPaths {
    private final Path base;

    ChainPaths(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    String resolve(String location) {
        if (location == null) return null;
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("duckdb:")) return "duckdb:" + resolvePath(location.substring("duckdb:".length()));
        if (lower.startsWith("file:") || lower.matches("^[a-z][a-z0-9+.-]*:.*") && !isWindowsDrive(location)) return location;
        return resolvePath(location);
    }

    /** A local path (plain or file:) as a Path; null for remote locations. */
    Path localPath(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) return Path.of(java.net.URI.create(location));
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) return null;
        return Path.of(resolvePath(location));
    }

    private String resolvePath(String pathAndTable) {
        int hash = pathAndTable.indexOf('#');
        String path = hash < 0 ? pathAndTable : pathAndTable.substring(0, hash);
        String table = hash < 0 ? "" : pathAndTable.substring(hash);
        return base.resolve(path).normalize() + table;
    }

    private static boolean isWindowsDrive(String s) {
        return s.length() > 2 && Character.isLetter(s.charAt(0)) && s.charAt(1) == ':' && (s.charAt(2) == '\\' || s.charAt(2) == '/');
    }
}
