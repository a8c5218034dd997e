package dev.playlens.testsupport;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The servers of one test JVM: each started on first request, all stopped (in reverse start order) and their data
 * deleted when the JVM's tests end (JUnit closes AutoCloseable values of the root store), or by a shutdown hook
 * if the JVM exits first.
 */
final class ServerFleet implements AutoCloseable {
    private final ServerContext context;
    private final Map<Class<?>, Object> servers = new HashMap<>();
    private final Map<Class<?>, RuntimeException> failures = new HashMap<>();
    private final Deque<Runnable> stopsInReverseOrder = new ArrayDeque<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "playlens-servers-shutdown");
    private boolean closed;

    private ServerFleet(ServerContext context) {
        this.context = context;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static ServerFleet create() {
        ServerUser user = ServerUser.detect();
        // As root the server user must be able to reach its own directories below the roots.
        ScratchDirectories scratch = ScratchDirectories.create(user.dropsRoot());
        return new ServerFleet(new ServerContext(scratch, user, new ProcessSpawner()));
    }

    synchronized <T> T get(Class<T> type) {
        if (closed) throw new IllegalStateException("the test servers were already shut down");
        Object server = servers.get(type);
        if (server != null) return type.cast(server);
        // A server that failed to start fails every later request at once instead of timing out again.
        RuntimeException earlier = failures.get(type);
        if (earlier != null) throw new IllegalStateException("failed to start earlier in this run: " + earlier.getMessage(), earlier);
        try {
            server = start(type);
        } catch (RuntimeException e) {
            failures.put(type, e);
            throw e;
        }
        servers.put(type, server);
        return type.cast(server);
    }

    private Object start(Class<?> type) {
        if (type == PostgresServer.class) {
            PostgresServer pg = PostgresServer.launch(context);
            stopsInReverseOrder.push(pg::stop);
            return pg;
        }
        if (type == RedshiftViaPgBouncer.class) {
            RedshiftViaPgBouncer rs = RedshiftViaPgBouncer.launch(context, get(PostgresServer.class));
            stopsInReverseOrder.push(rs::stop);
            return rs;
        }
        if (type == S3Server.class) {
            S3Server s3 = S3Server.launch(context);
            stopsInReverseOrder.push(s3::shutdown);
            return s3;
        }
        if (type == AzuriteServer.class) {
            AzuriteServer az = AzuriteServer.launch(context);
            stopsInReverseOrder.push(az::stop);
            return az;
        }
        if (type == RedisServer.class) {
            RedisServer redis = RedisServer.launch(context);
            stopsInReverseOrder.push(redis::stop);
            return redis;
        }
        if (type == MariaDbServer.class) {
            MariaDbServer mariadb = MariaDbServer.launch(context);
            stopsInReverseOrder.push(mariadb::stop);
            return mariadb;
        }
        throw new IllegalArgumentException("not a test server type: " + type.getName());
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down
        }
    }

    private synchronized void stopAll() {
        if (closed) return;
        closed = true;
        while (!stopsInReverseOrder.isEmpty()) {
            try {
                stopsInReverseOrder.pop().run();
            } catch (RuntimeException e) {
                System.err.println("playlens-test-support: stopping a server failed: " + e);
            }
        }
        context.spawner().close();
        if (Boolean.getBoolean("playlens.servers.keep")) {
            System.err.println("playlens-test-support: kept server data and logs in " + context.scratch());
        } else {
            context.scratch().delete();
        }
    }
}
