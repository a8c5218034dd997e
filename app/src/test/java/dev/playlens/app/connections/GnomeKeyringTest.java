package dev.playlens.app.connections;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Passwords through the real {@code secret-tool} into a real GNOME keyring, on a private D-Bus session bus
 * started for the test (Debian packages libsecret-tools, gnome-keyring, dbus).
 */
class GnomeKeyringTest {
    private static final ConnectionProfile PROD = new ConnectionProfile("Prod", "redshift", "cluster.example.com", 5439,
            "analytics", "analyst", "require");

    @TempDir
    Path home;
    private Process bus;
    private Process keyring;

    @AfterEach
    void stop() {
        if (keyring != null) keyring.destroyForcibly();
        if (bus != null) bus.destroyForcibly();
    }

    @Test
    void aSavedPasswordIsFoundByALaterSessionIsNotOnDiskInClearAndIsDeleted() throws Exception {
        String path = System.getenv().getOrDefault("PATH", "");
        assumeTrue(KeychainTools.onPath("secret-tool", path) && KeychainTools.onPath("gnome-keyring-daemon", path)
                && KeychainTools.onPath("dbus-daemon", path), "secret-tool, gnome-keyring and dbus installed");
        Map<String, String> env = new HashMap<>();
        env.put("PATH", path);
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        Path runtime = Files.createDirectories(home.resolve("run"));
        env.put("XDG_RUNTIME_DIR", runtime.toString());

        bus = start(env, "dbus-daemon", "--session", "--nofork", "--print-address=1");
        String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(address).startsWith("unix:");
        env.put("DBUS_SESSION_BUS_ADDRESS", address);
        keyring = start(env, "gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets");
        try (OutputStream unlock = keyring.getOutputStream()) {
            unlock.write("keyring-login".getBytes(StandardCharsets.UTF_8)); // the login keyring's own password
        }

        Keychain keychain = KeychainTools.detect("Linux", env);
        assertThat(keychain.available()).isTrue();
        assertThat(keychain.description()).contains("secret-tool");
        String secret = "s3cr3t pa$$ \"quoted\"";
        storeOnceTheKeyringAnswers(keychain, secret);

        assertThat(new Passwords(keychain).known(PROD)).as("a later session finds it").contains(secret);
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.filter(Files::isRegularFile).map(GnomeKeyringTest::read))
                    .as("the keyring files hold it encrypted").noneMatch(text -> text.contains(secret));
        }
        new Passwords(keychain).delete(PROD);
        assertThat(new Passwords(keychain).known(PROD)).isEqualTo(Optional.empty());
    }

    /** The daemon registers on the bus a moment after it starts: try for a few seconds. */
    private static void storeOnceTheKeyringAnswers(Keychain keychain, String secret) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            try {
                new Passwords(keychain).remember(PROD, secret, true);
                return;
            } catch (java.io.IOException e) {
                if (System.nanoTime() > deadline) throw e;
                Thread.sleep(200);
            }
        }
    }

    private static Process start(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
