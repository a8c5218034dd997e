package dev.playlens.publish.cache;

import java.net.URI;

/** {@code redis://HOST:PORT} (port 6379 when omitted). */
public record RedisLocation(String host, int port) {

    public static RedisLocation parse(String text) {
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a redis://HOST:PORT location: " + text);
        }
        if (!"redis".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("not a redis://HOST:PORT location: " + text);
        }
        return new RedisLocation(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort());
    }

    @Override
    public String toString() {
        return "redis://" + host + ":" + port;
    }
}
