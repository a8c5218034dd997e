package dev.playlens.app.connections;

import dev.playlens.warehouse.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class KeychainTest {
    private static final ConnectionProfile PROD = new ConnectionProfile("Prod", "redshift", "cluster.example.com", 5439,
            "analytics", "analyst", "require");

    @Test
    void secretToolCommandLinesKeepThePasswordOnStdin() {
        assertThat(KeychainTools.SECRET_TOOL.lookup(PROD.account())).containsExactly(
                "secret-tool", "lookup", "service", "playlens", "account", "analyst@cluster.example.com:5439/analytics");
        CommandKeychain.Command store = KeychainTools.SECRET_TOOL.store(PROD.account(), PROD.name(), "s3cr3t");
        assertThat(store.args()).containsExactly("secret-tool", "store", "--label=Playlens: Prod",
                "service", "playlens", "account", "analyst@cluster.example.com:5439/analytics");
        assertThat(store.args()).noneMatch(a -> a.contains("s3cr3t"));
        assertThat(store.stdin()).isEqualTo("s3cr3t");
        assertThat(store.toString()).doesNotContain("s3cr3t");
        assertThat(KeychainTools.SECRET_TOOL.delete(PROD.account())).startsWith("secret-tool", "clear");
    }

    @Test
    void macOsStoresThroughAnInteractiveScriptWithQuoting() {
        CommandKeychain.Command store = KeychainTools.MACOS_SECURITY.store("a@h:1/d", "Prod", "pa\"ss\\word");
        assertThat(store.args()).containsExactly("security", "-i");
        assertThat(store.stdin()).isEqualTo(
                "add-generic-password -U -s \"playlens\" -a \"a@h:1/d\" -l \"Playlens: Prod\" -w \"pa\\\"ss\\\\word\"\n");
        assertThat(KeychainTools.MACOS_SECURITY.lookup("a@h:1/d"))
                .containsExactly("security", "find-generic-password", "-s", "playlens", "-a", "a@h:1/d", "-w");
    }

    @Test
    void theToolIsPickedByOsAndPath(@TempDir Path bin) throws Exception {
        assertThat(KeychainTools.detect("Linux", Map.of("PATH", bin.toString()))).isSameAs(Keychain.NONE);
        Path tool = Files.createFile(bin.resolve("secret-tool"));
        tool.toFile().setExecutable(true);
        // without a session bus (SSH, headless) no keyring answers: ask instead
        assertThat(KeychainTools.detect("Linux", Map.of("PATH", bin.toString()))).isSameAs(Keychain.NONE);
        assertThat(KeychainTools.detect("Linux", Map.of("PATH", bin.toString(),
                "DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")).description()).contains("secret-tool");
        Files.createDirectories(bin.resolve("run"));
        Files.createFile(bin.resolve("run/bus"));
        assertThat(KeychainTools.detect("Linux", Map.of("PATH", bin.toString(), "XDG_RUNTIME_DIR",
                bin.resolve("run").toString())).available()).isTrue();
        assertThat(KeychainTools.detect("Mac OS X", Map.of("PATH", bin.toString()))).isSameAs(Keychain.NONE);
        if (!KeychainTools.hasSessionBus(System.getenv())) {
            // the test run has no session bus: the real detection falls back to asking
            assertThat(KeychainTools.detect(System.getProperty("os.name"), System.getenv()).available()).isFalse();
        }
    }

    @Test
    void withoutAKeychainThePasswordIsAskedOncePerSessionAndNeverStored(@TempDir Path ws) throws Exception {
        Passwords passwords = new Passwords(Keychain.NONE);
        AtomicInteger asked = new AtomicInteger();
        Passwords.Prompt prompt = (p, reason) -> {
            asked.incrementAndGet();
            return Optional.of("typed-" + asked.get());
        };
        Optional<Credentials> first = passwords.credentials(PROD, prompt);
        Optional<Credentials> second = passwords.credentials(PROD, prompt);
        assertThat(first).contains(new Credentials("analyst", "typed-1"));
        assertThat(second).isEqualTo(first);
        assertThat(asked).hasValue(1);
        passwords.forget(PROD); // it was wrong: ask again
        assertThat(passwords.credentials(PROD, prompt)).contains(new Credentials("analyst", "typed-2"));
        assertThat(passwords.credentials(PROD, (p, r) -> Optional.empty()).map(Credentials::password)).contains("typed-2");
        assertThat(new Passwords(Keychain.NONE).credentials(PROD, (p, r) -> Optional.empty())).isEmpty();

        ConnectionStore store = new ConnectionStore(ws);
        store.save(List.of(PROD));
        assertThat(Files.readString(ws.resolve("connections.json"))).contains("cluster.example.com").doesNotContain("typed");
        assertThat(store.load()).containsExactly(PROD);
    }

    @Test
    void locationsCarrySslAndATimeoutButNoPassword(@TempDir Path ws) {
        assertThat(PROD.location(ws)).isEqualTo("jdbc:redshift://cluster.example.com:5439/analytics?ssl=true&loginTimeout=10");
        ConnectionProfile pg = new ConnectionProfile("pg", "postgresql", "db", 5432, "games", "me", "verify-full");
        assertThat(pg.location(ws)).isEqualTo("jdbc:postgresql://db:5432/games?sslmode=verify-full&connectTimeout=10&loginTimeout=10");
        ConnectionProfile duck = new ConnectionProfile("local", "duckdb", null, 0, "other.duckdb", null, null);
        assertThat(duck.location(ws)).isEqualTo("duckdb:" + ws.resolve("other.duckdb"));
        assertThat(duck.problem()).isNull();
        assertThat(new ConnectionProfile("x", "postgresql", "h", 70000, "d", "u", null).problem()).contains("port");
    }
}
