package dev.playlens.app.connections;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A keychain reached through the OS's command-line tool: {@code secret-tool} (libsecret: GNOME keyring,
 * KWallet) on Linux, {@code security} on macOS. Passwords travel on the tool's standard input, never on its
 * command line (which other users could see in the process list).
 */
public final class CommandKeychain implements Keychain {
    static final String SERVICE = "playlens";

    /** The tool's command lines and stdin for each operation. */
    public interface Tool {
        String description();

        List<String> lookup(String account);

        /** The command and what it reads on stdin (the password, or a script holding it). */
        Command store(String account, String label, String password);

        List<String> delete(String account);
    }

    public record Command(List<String> args, String stdin) {
        @Override
        public String toString() {
            return "Command" + args + " (stdin " + (stdin == null ? 0 : stdin.length()) + " chars)"; // never the secret
        }
    }

    private final Tool tool;
    private final Map<String, String> env;

    /** @param env the environment the tool runs with (PATH, and on Linux the session bus that reaches the keyring) */
    public CommandKeychain(Tool tool, Map<String, String> env) {
        this.tool = tool;
        this.env = Map.copyOf(env);
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String description() {
        return tool.description();
    }

    @Override
    public Optional<String> lookup(String account) throws IOException {
        Result r = run(new Command(tool.lookup(account), null));
        if (r.exit != 0 || r.out.isEmpty()) return Optional.empty(); // not found
        return Optional.of(r.out.endsWith("\n") ? r.out.substring(0, r.out.length() - 1) : r.out);
    }

    @Override
    public void store(String account, String label, String password) throws IOException {
        Result r = run(tool.store(account, label, password));
        if (r.exit != 0) throw new IOException("cannot store the password in " + tool.description() + ": " + r.err.strip());
    }

    @Override
    public void delete(String account) throws IOException {
        run(new Command(tool.delete(account), null));
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(Command c) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(c.args());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process p = builder.start();
        try (OutputStream in = p.getOutputStream()) {
            if (c.stdin() != null) in.write(c.stdin().getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(c.args().getFirst() + " did not answer within 30 s (is the keychain locked?)");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + c.args().getFirst(), e);
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
