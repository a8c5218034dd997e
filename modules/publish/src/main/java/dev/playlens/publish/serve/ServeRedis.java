package dev.playlens.publish.serve;

import dev.playlens.publish.cache.RedisLocation;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Redis connections of {@code playlens serve}. Hits are read on the HTTP event loops over their own connections
 * ({@link EventLoopRedis}, which need the location); the Jedis pool serves the misses, each holding a connection for
 * its GET and SET while it scores, so it is sized for many concurrent misses (Jedis's default of 8 made them queue).
 */
public final class ServeRedis {
    /** Connections are opened on demand up to this many, and kept while idle. */
    public static final int MAX_CONNECTIONS = 128;
    /** How Jedis 7 prints a pooled connection: {@code Connection{DefaultJedisSocketFactory{HOST:PORT}}}. */
    private static final Pattern PRINTED_ADDRESS = Pattern.compile("\\{([^{}]+):(\\d+)}+$");

    private ServeRedis() {
    }

    /** A pool that remembers where it connects. */
    private static final class LocatedPool extends JedisPooled {
        final RedisLocation where;

        LocatedPool(ConnectionPoolConfig pool, RedisLocation where) {
            super(pool, where.host(), where.port());
            this.where = where;
        }
    }

    public static JedisPooled connect(RedisLocation where) {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(MAX_CONNECTIONS);
        pool.setMaxIdle(MAX_CONNECTIONS);
        return new LocatedPool(pool, where);
    }

    /**
     * Where {@code redis} connects: known for {@link #connect}'s pools; for another {@link JedisPooled}, read from
     * how a connection of its pool prints (Jedis has no public accessor for it).
     */
    static RedisLocation locationOf(UnifiedJedis redis) {
        if (redis instanceof LocatedPool located) return located.where;
        if (redis instanceof JedisPooled pooled) {
            try (Connection c = pooled.getPool().getResource()) {
                Matcher m = PRINTED_ADDRESS.matcher(c.toString());
                if (m.find()) return new RedisLocation(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        throw new IllegalArgumentException("serve needs a Redis from ServeRedis.connect, not " + redis);
    }
}
