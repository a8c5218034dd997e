package dev.playlens.app.connections;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The keychain tools Playlens knows and how it picks one for the running OS. */
public final class KeychainTools {
    private KeychainTools() {
    }

    /** libsecret's {@code secret-tool}: attributes service=playlens account=…; store reads the password on stdin. */
    public static final CommandKeychain.Tool SECRET_TOOL = new CommandKeychain.Tool() {
        @Override
        public String description() {
            return "the desktop keyring (secret-tool)";
        }

        @Override
        public List<String> lookup(String account) {
            return List.of("secret-tool", "lookup", "service", CommandKeychain.SERVICE, "account", account);
        }

        @Override
        public CommandKeychain.Command store(String account, String label, String password) {
            return new CommandKeychain.Command(List.of("secret-tool", "store", "--label=Playlens: " + label,
                    "service", CommandKeychain.SERVICE, "account", account), password);
        }

        @Override
        public List<String> delete(String account) {
            return List.of("secret-tool", "clear", "service", CommandKeychain.SERVICE, "account", account);
        }
    };

    /** macOS {@code security}; storing goes through {@code security -i} so the password is on stdin, not argv. */
    public static final CommandKeychain.Tool MACOS_SECURITY = new CommandKeychain.Tool() {
        @Override
        public String description() {
            return "the macOS keychain";
        }

        @Override
        public List<String> lookup(String account) {
            return List.of("security", "find-generic-password", "-s", CommandKeychain.SERVICE, "-a", account, "-w");
        }

        @Override
        public CommandKeychain.Command store(String account, String label, String password) {
            String line = "add-generic-password -U -s " + quote(CommandKeychain.SERVICE) + " -a " + quote(account)
                    + " -l " + quote("Playlens: " + label) + " -w " + quote(password) + "\n";
            return new CommandKeychain.Command(List.of("security", "-i"), line);
        }

        @Override
        public List<String> delete(String account) {
            return List.of("security", "delete-generic-password", "-s", CommandKeychain.SERVICE, "-a", account);
        }
    };

    /** {@code security -i} splits its input like a shell: double quotes with \ and " escaped. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The keychain of this OS when its tool is on {@code PATH} (on Linux also a D-Bus session bus, without which
     * no keyring answers: an SSH or headless session), else {@link Keychain#NONE} (ask every time).
     */
    public static Keychain detect(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        String path = env.getOrDefault("PATH", "");
        if (os.contains("mac") && onPath("security", path)) return new CommandKeychain(MACOS_SECURITY, env);
        if ((os.contains("linux") || os.contains("bsd")) && onPath("secret-tool", path) && hasSessionBus(env)) {
            return new CommandKeychain(SECRET_TOOL, env);
        }
        return Keychain.NONE;
    }

    /** DBUS_SESSION_BUS_ADDRESS, or the per-user bus socket that libsecret falls back to. */
    static boolean hasSessionBus(Map<String, String> env) {
        String address = env.get("DBUS_SESSION_BUS_ADDRESS");
        if (address != null && !address.isBlank()) return true;
        String runtime = env.get("XDG_RUNTIME_DIR");
        return runtime != null && !runtime.isBlank() && Files.exists(Path.of(runtime, "bus"));
    }

    static boolean onPath(String tool, String path) {
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }
}
