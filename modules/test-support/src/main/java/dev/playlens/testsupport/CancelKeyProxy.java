package dev.playlens.testsupport;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP proxy in front of pgbouncer that keeps query cancel working for the Redshift JDBC driver.
 * <p>
 * pgbouncer hands each client a random BackendKeyData (process id + secret key); about half of the random
 * process ids are negative as a signed int, and the Redshift driver silently skips {@code Statement.cancel()}
 * when its process id is not positive (real Redshift ids always are). This proxy clears the sign bit of the
 * process id the client sees and puts it back when the client's CancelRequest comes in. Everything else is
 * copied byte for byte; after the first ReadyForQuery a connection is a plain pipe.
 */
final class CancelKeyProxy implements AutoCloseable {
    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;
    private static final int CANCEL_REQUEST = 80877102;
    private static final int MAX_STARTUP_LENGTH = 10_000;

    private final int targetPort;
    private final ServerSocket listener;
    private final Map<Long, Integer> originalPids = new ConcurrentHashMap<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    CancelKeyProxy(int listenPort, int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getByName(FreePorts.HOST), listenPort));
        Thread.ofVirtual().name("pgbouncer-proxy-accept").start(this::acceptLoop);
    }

    int port() {
        return listener.getLocalPort();
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        open.forEach(CancelKeyProxy::closeQuietly);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().name("pgbouncer-proxy-conn").start(() -> serve(client));
            } catch (IOException e) {
                if (listener.isClosed()) return;
            }
        }
    }

    private void serve(Socket client) {
        open.add(client);
        Socket server = null;
        try {
            client.setTcpNoDelay(true);
            DataInputStream fromClient = new DataInputStream(client.getInputStream());
            int length = fromClient.readInt();
            int code = fromClient.readInt();
            while (code == SSL_REQUEST || code == GSS_REQUEST) { // the rig speaks no TLS: answer "no" ourselves
                client.getOutputStream().write('N');
                client.getOutputStream().flush();
                length = fromClient.readInt();
                code = fromClient.readInt();
            }
            if (length < 8 || length > MAX_STARTUP_LENGTH) return;
            server = new Socket(FreePorts.HOST, targetPort);
            server.setTcpNoDelay(true);
            open.add(server);
            DataOutputStream toServer = new DataOutputStream(server.getOutputStream());
            if (code == CANCEL_REQUEST && length == 16) {
                int pid = fromClient.readInt();
                int key = fromClient.readInt();
                toServer.write(ByteBuffer.allocate(16).putInt(16).putInt(CANCEL_REQUEST)
                        .putInt(originalPids.getOrDefault(keyOf(pid, key), pid)).putInt(key).array());
                toServer.flush();
                server.getInputStream().readAllBytes(); // pgbouncer closes when it has passed the cancel on
                return;
            }
            byte[] rest = fromClient.readNBytes(length - 8);
            // In one write: pgbouncer rejects a startup packet that arrives in pieces.
            toServer.write(ByteBuffer.allocate(length).putInt(length).putInt(code).put(rest).array());
            toServer.flush();
            Socket serverSocket = server;
            Thread upstream = Thread.ofVirtual().name("pgbouncer-proxy-up").start(() -> {
                pipe(fromClient, serverSocket);
                closeQuietly(client);
                closeQuietly(serverSocket);
            });
            Long mapped = rewriteUntilReady(new DataInputStream(server.getInputStream()),
                    new DataOutputStream(client.getOutputStream()));
            try {
                pipe(server.getInputStream(), client);
            } finally {
                if (mapped != null) originalPids.remove(mapped);
                closeQuietly(client);
                closeQuietly(server);
                upstream.join();
            }
        } catch (IOException e) {
            // a connection ending badly is the client's business; the proxy carries on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(client);
            if (server != null) closeQuietly(server);
            open.remove(client);
            if (server != null) open.remove(server);
        }
    }

    /** Copies server messages to the client up to the first ReadyForQuery, fixing BackendKeyData on the way. */
    private Long rewriteUntilReady(DataInputStream in, DataOutputStream out) throws IOException {
        Long mapped = null;
        while (true) {
            int type = in.read();
            if (type < 0) return mapped;
            int length = in.readInt();
            if (length < 4) throw new IOException("bad message length " + length);
            byte[] body = in.readNBytes(length - 4);
            if (type == 'K' && body.length == 8) {
                int pid = ((body[0] & 0xff) << 24) | ((body[1] & 0xff) << 16) | ((body[2] & 0xff) << 8) | (body[3] & 0xff);
                int key = ((body[4] & 0xff) << 24) | ((body[5] & 0xff) << 16) | ((body[6] & 0xff) << 8) | (body[7] & 0xff);
                int visible = pid & 0x7fffffff;
                if (visible == 0) visible = 1;
                if (visible != pid) {
                    mapped = keyOf(visible, key);
                    originalPids.put(mapped, pid);
                    body[0] = (byte) (visible >>> 24);
                    body[1] = (byte) (visible >>> 16);
                    body[2] = (byte) (visible >>> 8);
                    body[3] = (byte) visible;
                }
            }
            out.write(ByteBuffer.allocate(1 + length).put((byte) type).putInt(length).put(body).array());
            if (type == 'Z' || type == 'E') {
                out.flush();
                if (type == 'Z') return mapped;
            }
        }
    }

    private static void pipe(InputStream in, Socket to) {
        try {
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                if (in.available() == 0) out.flush();
            }
        } catch (IOException e) {
            // the other side went away
        }
    }

    private static long keyOf(int pid, int key) {
        return ((long) pid << 32) | (key & 0xffffffffL);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
