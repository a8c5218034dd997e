package dev.playlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs inner test classes in a separate engine run (its own root store and fleet) and checks the outcome. */
class RealServersExtensionTest {
    static final List<Object> seen = new ArrayList<>();
    static Path dataDirSeen;

    private static TestExecutionSummary run(Class<?> testClass) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        return listener.getSummary();
    }

    @Test
    void aMissingBinaryFailsTheTestNamingWhatToInstall() {
        String previous = System.getProperty("playlens.azurite.bin");
        System.setProperty("playlens.azurite.bin", "/nonexistent/azurite-blob");
        try {
            TestExecutionSummary summary = run(NeedsAzurite.class);
            assertThat(summary.getTestsFailedCount()).isEqualTo(2);
            assertThat(summary.getTestsAbortedCount()).isZero();
            assertThat(summary.getTestsSkippedCount()).isZero();
            Throwable first = summary.getFailures().get(0).getException();
            assertThat(first).hasMessageContaining("Azurite").hasMessageContaining("npm ci")
                    .hasMessageContaining("install-test-deps.sh");
            assertThat(summary.getFailures().get(1).getException()).hasMessageContaining("failed to start earlier");
        } finally {
            if (previous == null) System.clearProperty("playlens.azurite.bin");
            else System.setProperty("playlens.azurite.bin", previous);
        }
    }

    @Test
    void oneServerPerRunSharedByConstructorsLifecycleMethodsAndTests_stoppedAndDeletedAtTheEnd() {
        seen.clear();
        TestExecutionSummary summary = run(SharesRedis.class);
        assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
        assertThat(seen).hasSize(5).allSatisfy(server -> assertThat(server).isSameAs(seen.get(0)));
        RedisServer redis = (RedisServer) seen.get(0);
        assertThat(redis.isRunning()).as("stopped when the run ended").isFalse();
        assertThat(FreePorts.accepts(redis.port())).isFalse();
        assertThat(dataDirSeen).as("temp dir deleted").doesNotExist();
    }

    @ExtendWith(RealServers.class)
    static class NeedsAzurite {
        @Test
        void first(AzuriteServer azurite) {
        }

        @Test
        void second(AzuriteServer azurite) {
        }
    }

    @ExtendWith(RealServers.class)
    static class SharesRedis {
        SharesRedis(RedisServer redis) {
            seen.add(redis);
        }

        @org.junit.jupiter.api.BeforeAll
        static void all(RedisServer redis) {
            seen.add(redis);
            dataDirSeen = redis.home().getParent(); // the fleet's temp root
            assertThat(dataDirSeen).isDirectory();
        }

        @org.junit.jupiter.api.BeforeEach
        void each(RedisServer redis) {
            seen.add(redis);
        }

        @Test
        void one(RedisServer redis) {
            assertThat(redis.isRunning()).isTrue();
        }

        @Test
        void two() {
        }
    }
}
