package dev.playlens.publish.serve;

import io.netty.handler.codec.redis.ArrayRedisMessage;
import io.netty.handler.codec.redis.ErrorRedisMessage;
import io.netty.handler.codec.redis.FullBulkStringRedisMessage;
import io.netty.handler.codec.redis.IntegerRedisMessage;
import io.netty.handler.codec.redis.RedisMessage;
import io.netty.handler.codec.redis.SimpleStringRedisMessage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One answer to a command sent with {@link EventLoopRedis}: copied out of Netty's reference-counted messages at
 * once, so callbacks never have to release buffers.
 */
sealed interface RedisReply {
    /** A bulk string, or a simple status string such as OK. */
    record Text(String value) implements RedisReply {
    }

    /** A nil bulk string or nil array: GET of a missing key. */
    record Nil() implements RedisReply {
    }

    /** An error reply from Redis (e.g. "NOSCRIPT No matching script…"). */
    record Error(String message) implements RedisReply {
    }

    record Int(long value) implements RedisReply {
    }

    record Array(List<RedisReply> items) implements RedisReply {
    }

    /** Not from Redis: the connection failed or timed out before this command was answered. */
    record Unreachable(String reason) implements RedisReply {
    }

    Nil NIL = new Nil();

    /** Copies {@code m}; the caller still owns (and releases) it. */
    static RedisReply of(RedisMessage m) {
        return switch (m) {
            case FullBulkStringRedisMessage bulk when bulk.isNull() -> NIL;
            case FullBulkStringRedisMessage bulk -> new Text(bulk.content().toString(StandardCharsets.UTF_8));
            case SimpleStringRedisMessage s -> new Text(s.content());
            case ErrorRedisMessage e -> new Error(e.content());
            case IntegerRedisMessage i -> new Int(i.value());
            case ArrayRedisMessage a when a.isNull() -> NIL;
            case ArrayRedisMessage a -> {
                List<RedisReply> items = new ArrayList<>(a.children().size());
                for (RedisMessage child : a.children()) items.add(of(child));
                yield new Array(items);
            }
            default -> new Error("unexpected reply " + m.getClass().getSimpleName());
        };
    }
}
