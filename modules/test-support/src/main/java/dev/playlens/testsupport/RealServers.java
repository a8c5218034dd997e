package dev.playlens.testsupport;

import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects real servers on 127.0.0.1 into test constructors, test methods and
 * {@code @BeforeAll}/{@code @BeforeEach} methods:
 * <pre>{@code
 * @ExtendWith(RealServers.class)
 * class StoreTest {
 *   @Test void upload(S3Server s3) { s3.createBucket("b"); ... }
 * }
 * }</pre>
 * Supported parameter types: {@link PostgresServer}, {@link RedshiftViaPgBouncer}, {@link S3Server},
 * {@link AzuriteServer}, {@link RedisServer}, {@link MariaDbServer}. Each server starts on first use, once per test
 * JVM (shared by all test classes), and stops when the JVM's tests end. A missing binary fails the test with what to install.
 */
public final class RealServers implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealServers.class);
    private static final Set<Class<?>> SERVER_TYPES = Set.of(PostgresServer.class, RedshiftViaPgBouncer.class,
            S3Server.class, AzuriteServer.class, RedisServer.class, MariaDbServer.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return SERVER_TYPES.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        try {
            return fleet(extension).get(type);
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("cannot start " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static ServerFleet fleet(ExtensionContext extension) {
        // The root store lives as long as the engine's run in this JVM and closes the fleet at its end.
        return extension.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(ServerFleet.class, key -> ServerFleet.create(), ServerFleet.class);
    }
}
