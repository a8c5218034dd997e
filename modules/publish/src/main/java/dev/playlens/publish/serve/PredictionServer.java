package dev.playlens.publish.serve;

import dev.playlens.publish.cache.RedisLocation;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code playlens serve}'s HTTP endpoint ({@link PredictionRoutes} says what each request gets). Netty parses and
 * writes HTTP on a few I/O threads, which also read the cache over their own Redis connections
 * ({@link EventLoopPredictions}), so a hit never leaves its I/O thread; a miss is scored on a virtual thread.
 * Measured in docs/benchmarks.md.
 */
public final class PredictionServer implements AutoCloseable {
    private static final int MAX_REQUEST_BYTES = 64 * 1024;
    /** A keep-alive connection with nothing in flight is closed after this long, as the JDK's server did. */
    private static final int IDLE_SECONDS = 30;

    private final EventLoopGroup io;
    private final Channel listening;
    private final ExecutorService requests;

    private PredictionServer(EventLoopGroup io, Channel listening, ExecutorService requests) {
        this.io = io;
        this.listening = listening;
        this.requests = requests;
    }

    public static PredictionServer start(InetSocketAddress address, CacheAsideScorer scorer) throws IOException {
        RedisLocation cache = ServeRedis.locationOf(scorer.redis());
        // misses block on the warehouse and Jedis: each on its own virtual thread
        ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
        PredictionRoutes routes = new PredictionRoutes(scorer.metrics(), new EventLoopPredictions(scorer, cache, requests));
        // a hit is little work (parse, one Redis GET, write); fewer I/O threads wake less often (one measured
        // faster than two on 2 cores)
        EventLoopGroup io = new NioEventLoopGroup(Math.max(1, Runtime.getRuntime().availableProcessors() / 4),
                new DefaultThreadFactory("playlens-serve-io", true));
        ServerBootstrap bootstrap = new ServerBootstrap().group(io).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new IdleStateHandler(0, 0, IDLE_SECONDS, TimeUnit.SECONDS),
                                new HttpServerCodec(), new HttpObjectAggregator(MAX_REQUEST_BYTES),
                                new HttpExchangeHandler(routes));
                    }
                });
        try {
            return new PredictionServer(io, bootstrap.bind(address).syncUninterruptibly().channel(), requests);
        } catch (Exception e) { // bind failures (port in use, bad address) arrive unchecked from Netty
            io.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
            requests.close();
            if (e instanceof IOException io2) throw io2;
            throw new IOException("cannot listen on " + address + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return ((InetSocketAddress) listening.localAddress()).getPort();
    }

    /** Stops listening and frees the port before returning (also when the calling thread is interrupted). */
    @Override
    public void close() {
        listening.close().syncUninterruptibly();
        io.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        requests.shutdownNow();
    }
}
