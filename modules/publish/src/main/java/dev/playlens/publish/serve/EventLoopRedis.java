package dev.playlens.publish.serve;

import dev.playlens.publish.cache.RedisLocation;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.redis.ArrayRedisMessage;
import io.netty.handler.codec.redis.FullBulkStringRedisMessage;
import io.netty.handler.codec.redis.RedisArrayAggregator;
import io.netty.handler.codec.redis.RedisBulkStringAggregator;
import io.netty.handler.codec.redis.RedisDecoder;
import io.netty.handler.codec.redis.RedisEncoder;
import io.netty.handler.codec.redis.RedisMessage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A pipelined Redis connection owned by ONE event loop: commands are written as they come and their replies arrive
 * in the same order (a FIFO of callbacks), and every callback runs on that loop, so an HTTP request on the same loop
 * is answered with no thread handoff. Used from its loop only. Connects on first use and again on the first command
 * after a failure; commands sent while connecting wait for the connection. When the connection fails, or a reply
 * takes longer than {@link #REPLY_TIMEOUT_MILLIS}, every unanswered command gets {@link RedisReply.Unreachable}.
 * Callbacks must not throw: an exception here closes the connection for every command in flight.
 */
final class EventLoopRedis {
    static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    /** As Jedis's default socket timeout: a hung Redis fails requests instead of holding them forever. */
    static final long REPLY_TIMEOUT_MILLIS = 2_000;

    private record Command(String[] args, Consumer<RedisReply> onReply) {
    }

    private final EventLoop loop;
    private final RedisLocation where;
    /** Commands sent before the connection was up. */
    private final List<Command> waitingForConnection = new ArrayList<>();
    private Connection connection;
    private boolean connecting;

    EventLoopRedis(EventLoop loop, RedisLocation where) {
        this.loop = loop;
        this.where = where;
    }

    /** Sends {@code args} (e.g. "GET", key); {@code onReply} runs on this loop. Call on this loop only. */
    void send(Consumer<RedisReply> onReply, String... args) {
        assert loop.inEventLoop() : "EventLoopRedis used off its event loop";
        if (connection != null && connection.channel.isActive()) {
            connection.write(args, onReply);
            return;
        }
        waitingForConnection.add(new Command(args, onReply));
        if (!connecting) connect();
    }

    private void connect() {
        connecting = true;
        Connection c = new Connection();
        ChannelFuture connected = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new RedisDecoder(), new RedisBulkStringAggregator(),
                                new RedisArrayAggregator(), new RedisEncoder(), c);
                    }
                })
                .connect(where.host(), where.port());
        connected.addListener(done -> {
            connecting = false;
            List<Command> waiting = new ArrayList<>(waitingForConnection);
            waitingForConnection.clear();
            if (done.isSuccess()) {
                c.channel = connected.channel();
                connection = c;
                c.watchForSlowReplies();
                for (Command command : waiting) c.write(command.args(), command.onReply());
            } else {
                String reason = "cannot connect to " + where + ": " + done.cause().getMessage();
                for (Command command : waiting) command.onReply().accept(new RedisReply.Unreachable(reason));
            }
        });
    }

    /** One TCP connection and the callbacks of its unanswered commands, oldest first. */
    private final class Connection extends SimpleChannelInboundHandler<RedisMessage> {
        private record Pending(Consumer<RedisReply> onReply, long sentAtNanos) {
        }

        private final ArrayDeque<Pending> pending = new ArrayDeque<>();
        private final Runnable flush = this::flush;
        private Channel channel;
        private String failure;
        private boolean flushQueued;

        void write(String[] args, Consumer<RedisReply> onReply) {
            List<RedisMessage> parts = new ArrayList<>(args.length);
            for (String arg : args) parts.add(new FullBulkStringRedisMessage(ByteBufUtil.writeUtf8(channel.alloc(), arg)));
            pending.add(new Pending(onReply, System.nanoTime()));
            channel.write(new ArrayRedisMessage(parts), channel.voidPromise());
            if (!flushQueued) {
                // the loop runs its tasks after handling every ready socket: the commands of all requests read in
                // this round leave in one write (fewer system calls for us and for Redis)
                flushQueued = true;
                loop.execute(flush);
            }
        }

        private void flush() {
            flushQueued = false;
            channel.flush();
        }

        /** Checks the oldest unanswered command now and then (cheaper than a timer per command). */
        void watchForSlowReplies() {
            channel.eventLoop().schedule(() -> {
                if (!channel.isActive()) return;
                Pending oldest = pending.peek();
                if (oldest != null && System.nanoTime() - oldest.sentAtNanos() > REPLY_TIMEOUT_MILLIS * 1_000_000) {
                    failure = where + " did not answer within " + REPLY_TIMEOUT_MILLIS + " ms";
                    channel.close();
                } else {
                    watchForSlowReplies();
                }
            }, REPLY_TIMEOUT_MILLIS / 4, TimeUnit.MILLISECONDS);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, RedisMessage message) {
            Pending p = pending.poll();
            if (p != null) p.onReply().accept(RedisReply.of(message)); // the decoder's message is released after this
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (failure == null) failure = "connection to " + where + " failed: " + cause.getMessage();
            ctx.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (connection == this) connection = null; // the next command reconnects
            RedisReply.Unreachable lost = new RedisReply.Unreachable(
                    failure != null ? failure : "connection to " + where + " lost");
            for (Pending p; (p = pending.poll()) != null; ) p.onReply().accept(lost);
        }
    }
}
