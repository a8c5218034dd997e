package dev.playlens.publish.serve;

import dev.playlens.publish.cache.RedisLocation;
import dev.playlens.testsupport.RealServers;
import dev.playlens.testsupport.RedisServer;
import io.netty.channel.EventLoop;
import io.netty.channel.nio.NioEventLoopGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The event loop's pipelined RESP client against a real Redis: reply types, order, failure and recovery. */
@ExtendWith(RealServers.class)
class EventLoopRedisTest {
    private final NioEventLoopGroup group = new NioEventLoopGroup(1);
    private final EventLoop loop = group.next();

    @AfterEach
    void stop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Sends every command in one go from the loop (so they are pipelined) and waits for all replies. */
    private List<RedisReply> send(EventLoopRedis redis, String[]... commands) throws Exception {
        CompletableFuture<List<RedisReply>> all = new CompletableFuture<>();
        loop.execute(() -> {
            List<RedisReply> replies = new ArrayList<>();
            for (String[] command : commands) {
                redis.send(reply -> {
                    assertThat(loop.inEventLoop()).as("replies arrive on the loop").isTrue();
                    replies.add(reply);
                    if (replies.size() == commands.length) all.complete(replies);
                }, command);
            }
        });
        return all.get(10, TimeUnit.SECONDS);
    }

    private static String[] cmd(String... args) {
        return args;
    }

    @Test
    void decodesEveryReplyTypeItNeeds(RedisServer server) throws Exception {
        server.start();
        EventLoopRedis redis = new EventLoopRedis(loop, new RedisLocation(server.host(), server.port()));
        List<RedisReply> replies = send(redis, cmd("FLUSHALL"), cmd("SET", "k", "{\"score\":0.25,\"é\":1}"),
                cmd("GET", "k"), cmd("GET", "missing"), cmd("INCR", "n"), cmd("NOSUCHCOMMAND"),
                cmd("EVAL", "return {'a', redis.call('GET', 'missing'), 'c'}", "0"),
                cmd("EVALSHA", "0000000000000000000000000000000000000000", "0"));
        assertThat(replies.subList(0, 5)).containsExactly(new RedisReply.Text("OK"), new RedisReply.Text("OK"),
                new RedisReply.Text("{\"score\":0.25,\"é\":1}"), RedisReply.NIL, new RedisReply.Int(1));
        assertThat(replies.get(5)).isInstanceOf(RedisReply.Error.class);
        // a missing key is false in Lua, a nil bulk string inside the array
        assertThat(replies.get(6)).isEqualTo(new RedisReply.Array(List.of(new RedisReply.Text("a"), RedisReply.NIL,
                new RedisReply.Text("c"))));
        assertThat(((RedisReply.Error) replies.get(7)).message()).startsWith("NOSCRIPT");
    }

    @Test
    void pipelinedRepliesKeepTheOrderOfTheirCommands(RedisServer server) throws Exception {
        server.start();
        EventLoopRedis redis = new EventLoopRedis(loop, new RedisLocation(server.host(), server.port()));
        String[][] commands = new String[2_000][];
        for (int i = 0; i < 1_000; i++) {
            commands[2 * i] = cmd("SET", "order:" + i, "v" + i);
            commands[2 * i + 1] = cmd("GET", "order:" + i);
        }
        List<RedisReply> replies = send(redis, commands);
        for (int i = 0; i < 1_000; i++) assertThat(replies.get(2 * i + 1)).isEqualTo(new RedisReply.Text("v" + i));
    }

    @Test
    void aStoppedRedisFailsCommandsAndIsReconnectedWhenBack(RedisServer server) throws Exception {
        server.start();
        EventLoopRedis redis = new EventLoopRedis(loop, new RedisLocation(server.host(), server.port()));
        assertThat(send(redis, cmd("PING"))).containsExactly(new RedisReply.Text("PONG"));

        server.stop();
        RedisReply down = send(redis, cmd("PING")).getFirst();
        assertThat(down).isInstanceOf(RedisReply.Unreachable.class);
        assertThat(((RedisReply.Unreachable) down).reason()).contains(String.valueOf(server.port()));
        assertThat(send(redis, cmd("PING")).getFirst()).as("still down: refused again").isInstanceOf(RedisReply.Unreachable.class);

        server.start();
        assertThat(send(redis, cmd("PING"))).containsExactly(new RedisReply.Text("PONG"));
    }

    @Test
    void aRedisThatDoesNotAnswerFailsTheCommandAfterTheReplyTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread accepting = Thread.ofVirtual().start(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(10_000);
                } catch (Exception closed) {
                    // the test is over
                }
            });
            EventLoopRedis redis = new EventLoopRedis(loop, new RedisLocation("127.0.0.1", silent.getLocalPort()));
            long t0 = System.nanoTime();
            RedisReply reply = send(redis, cmd("GET", "k")).getFirst();
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(reply).isInstanceOf(RedisReply.Unreachable.class);
            assertThat(((RedisReply.Unreachable) reply).reason()).contains("did not answer");
            assertThat(millis).isBetween(EventLoopRedis.REPLY_TIMEOUT_MILLIS, EventLoopRedis.REPLY_TIMEOUT_MILLIS + 1_500);
            accepting.interrupt();
        }
    }
}
