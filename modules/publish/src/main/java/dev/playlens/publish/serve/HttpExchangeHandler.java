package dev.playlens.publish.serve;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.timeout.IdleStateEvent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * One connection's requests, answered in the order they came (HTTP/1.1 pipelining): at most one is in flight;
 * the others wait in {@link #waiting}. Every field is touched only on the connection's I/O thread, where the
 * answers arrive too ({@link PredictionRoutes#answer}).
 */
final class HttpExchangeHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private record Request(String method, String path, String query, boolean keepAlive, boolean malformed) {
    }

    private final PredictionRoutes routes;
    private final ArrayDeque<Request> waiting = new ArrayDeque<>();
    private boolean busy;

    HttpExchangeHandler(PredictionRoutes routes) {
        this.routes = routes;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest http) {
        String uri = http.uri();
        int q = uri.indexOf('?');
        waiting.add(new Request(http.method().name(), q < 0 ? uri : uri.substring(0, q), q < 0 ? null : uri.substring(q + 1),
                HttpUtil.isKeepAlive(http), http.decoderResult().isFailure()));
        if (!busy) next(ctx);
    }

    private void next(ChannelHandlerContext ctx) {
        Request r = waiting.poll();
        if (r == null) return;
        busy = true;
        if (r.malformed()) {
            reply(ctx, r, PredictionRoutes.Reply.json(400, "{\"error\":\"malformed request\"}"), false);
        } else {
            routes.answer(r.method(), r.path(), r.query(), ctx.channel().eventLoop(),
                    answer -> reply(ctx, r, answer, r.keepAlive()));
        }
    }

    private void reply(ChannelHandlerContext ctx, Request r, PredictionRoutes.Reply answer, boolean keepAlive) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(answer.status()),
                Unpooled.wrappedBuffer(answer.body().getBytes(StandardCharsets.UTF_8)));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, answer.contentType())
                .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
        HttpUtil.setKeepAlive(response, keepAlive);
        busy = false;
        if (!keepAlive) {
            waiting.clear();
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.writeAndFlush(response);
        next(ctx);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof IdleStateEvent && !busy && waiting.isEmpty()) {
            ctx.close(); // an idle keep-alive connection
        } else {
            super.userEventTriggered(ctx, event);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close(); // a reset or broken connection: nothing to answer
    }
}
