package dev.playlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

@ExtendWith(RealServers.class)
class RedisServerTest {

    @Test
    void uriNamesTheLoopbackPort(RedisServer redis) {
        assertThat(redis.uri().toString()).isEqualTo("redis://127.0.0.1:" + redis.port());
        assertThat(redis.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void setAndGetWithJedis(RedisServer redis) {
        try (Jedis jedis = new Jedis(redis.uri())) {
            jedis.setex("score:player-1", 60, "0.87");
            assertThat(jedis.get("score:player-1")).isEqualTo("0.87");
            assertThat(jedis.ttl("score:player-1")).isBetween(1L, 60L);
        }
    }

    @Test
    void stopMakesConnectionsFailAndStartMakesThemWorkAgain(RedisServer redis) {
        try (Jedis jedis = new Jedis(redis.host(), redis.port())) {
            jedis.set("k", "v");
        }
        redis.stop();
        assertThat(redis.isRunning()).isFalse();
        try (Jedis jedis = new Jedis(redis.host(), redis.port())) {
            assertThatThrownBy(jedis::ping).isInstanceOf(JedisConnectionException.class);
        }
        redis.start();
        try (Jedis jedis = new Jedis(redis.uri())) {
            assertThat(jedis.ping()).isEqualTo("PONG");
            assertThat(jedis.get("k")).as("no persistence: a restart starts empty").isNull();
        }
    }

    @Test
    void restartOnAPortSomeoneElseTookFailsClearly(RedisServer redis) throws Exception {
        redis.stop();
        try (java.net.ServerSocket squatter = new java.net.ServerSocket()) {
            squatter.bind(new java.net.InetSocketAddress("127.0.0.1", redis.port()));
            assertThatThrownBy(redis::start).isInstanceOf(ServerStartException.class)
                    .hasMessageContaining(redis.port() + " is already in use");
        }
        redis.start();
        try (Jedis jedis = new Jedis(redis.uri())) {
            assertThat(jedis.ping()).isEqualTo("PONG");
        }
    }
}
