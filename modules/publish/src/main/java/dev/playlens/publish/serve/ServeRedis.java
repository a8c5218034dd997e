package dev.playlens.publish.serve;

import dev.playlens.publish.cache.RedisLocation;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.JedisPooled;

/**
 * The Redis connections of {@code playlens serve}: every request in flight holds one for its GET (and SET on a miss),
 * so the pool is sized for many concurrent requests; Jedis's default of 8 made requests queue for a connection.
 */
public final class ServeRedis {
    /** Connections are opened on demand up to this many, and kept while idle. */
    public static final int MAX_CONNECTIONS = 128;

    private ServeRedis() {
    }

    public static JedisPooled connect(RedisLocation where) {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(MAX_CONNECTIONS);
        pool.setMaxIdle(MAX_CONNECTIONS);
        return new JedisPooled(pool, where.host(), where.port());
    }
}
