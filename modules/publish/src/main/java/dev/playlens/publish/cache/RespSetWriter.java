package dev.playlens.publish.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A bulk {@code SET key value EX ttl} stream in raw RESP over one socket, with a reader thread counting the replies
 * while commands are still being written: the server never waits for the client to stop and read (a synchronous
 * pipeline window halves throughput). Every reply must be {@code +OK}; the first error is kept and rethrown.
 */
final class RespSetWriter implements AutoCloseable {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] SET_HEADER = "*5\r\n$3\r\nSET\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Socket socket;
    private final OutputStream socketOut;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private final byte[] ttl;
    private final AtomicLong confirmed = new AtomicLong();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final Thread reader;
    private long sent;

    RespSetWriter(RedisLocation where, long ttlSeconds, String clientName) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(where.host(), where.port()), 5_000);
        socket.setSendBufferSize(1 << 20);
        socketOut = socket.getOutputStream();
        ttl = Long.toString(ttlSeconds).getBytes(StandardCharsets.US_ASCII);
        InputStream in = socket.getInputStream();
        reader = Thread.ofPlatform().daemon().name("redis-reply-reader").start(() -> readReplies(in));
        command("CLIENT", "SETNAME", clientName);
    }

    void set(String key, String value) throws IOException {
        checkFailure();
        put(SET_HEADER);
        bulk(key.getBytes(StandardCharsets.UTF_8));
        bulk(value.getBytes(StandardCharsets.UTF_8));
        bulk(new byte[]{'E', 'X'});
        bulk(ttl);
        sent++;
    }

    /** Flushes and waits until every command sent so far was answered OK; returns the count of SETs confirmed. */
    long awaitAll(long timeoutMillis) throws IOException, InterruptedException {
        flush();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (confirmed.get() < sent + 1) {
            checkFailure();
            if (System.nanoTime() > deadline) {
                throw new IOException("Redis confirmed " + (confirmed.get() - 1) + " of " + sent + " SETs within " + timeoutMillis + " ms");
            }
            Thread.sleep(1);
        }
        checkFailure();
        return confirmed.get() - 1; // the CLIENT SETNAME reply
    }

    long sent() {
        return sent;
    }

    private void command(String... parts) throws IOException {
        put((byte) '*');
        putNumber(parts.length);
        put(CRLF);
        for (String p : parts) bulk(p.getBytes(StandardCharsets.UTF_8));
    }

    private void bulk(byte[] b) throws IOException {
        put((byte) '$');
        putNumber(b.length);
        put(CRLF);
        put(b);
        put(CRLF);
    }

    private void put(byte b) throws IOException {
        if (pos == buf.length) flush();
        buf[pos++] = b;
    }

    private void put(byte[] b) throws IOException {
        if (b.length > buf.length - pos) {
            flush();
            if (b.length > buf.length) {
                socketOut.write(b);
                return;
            }
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    private void putNumber(int n) throws IOException {
        if (n < 10) {
            put((byte) ('0' + n));
            return;
        }
        put(Integer.toString(n).getBytes(StandardCharsets.US_ASCII));
    }

    private void flush() throws IOException {
        try {
            socketOut.write(buf, 0, pos);
            socketOut.flush();
        } catch (IOException e) {
            checkFailure(); // the reader usually knows why (closed, refused)
            throw new IOException("Redis connection lost after " + Math.max(0, confirmed.get() - 1) + " confirmed SETs: "
                    + e.getMessage(), e);
        } finally {
            pos = 0;
        }
    }

    private void checkFailure() throws IOException {
        String f = failure.get();
        if (f != null) throw new IOException(f);
    }

    private void readReplies(InputStream in) {
        byte[] buf = new byte[1 << 16];
        StringBuilder line = new StringBuilder();
        boolean inError = false;
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (line.isEmpty() && !inError) {
                        if (b == '+') {
                            inError = false;
                            line.append('+');
                            continue;
                        }
                        if (b == '-') {
                            inError = true;
                        } else {
                            failure.compareAndSet(null, "unexpected Redis reply type '" + (char) b + "' after "
                                    + (confirmed.get() - 1) + " SETs");
                            return;
                        }
                    }
                    if (b == '\n') {
                        if (inError) {
                            failure.compareAndSet(null, "Redis refused a SET after " + (confirmed.get() - 1)
                                    + " keys: " + line.toString().strip());
                            return;
                        }
                        confirmed.incrementAndGet();
                        line.setLength(0);
                    } else if (inError) {
                        line.append((char) b);
                    }
                }
            }
            failure.compareAndSet(null, "Redis connection closed by the server after " + Math.max(0, confirmed.get() - 1) + " SETs");
        } catch (IOException e) {
            failure.compareAndSet(null, "Redis connection lost after " + Math.max(0, confirmed.get() - 1) + " SETs: "
                    + e.getMessage());
        }
    }

    @Override
    public void close() {
        failure.compareAndSet(null, "closed");
        try {
            socket.close();
        } catch (IOException ignored) {
            // the reader ends on the closed socket
        }
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
