package dev.playlens.app.connections;

import dev.playlens.warehouse.Credentials;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the password of a connection: the keychain first, then what the user typed earlier in this session,
 * then the prompt. Typed passwords stay in memory only (never written to a file) unless the user asks to
 * save them and a keychain exists.
 */
public final class Passwords {
    /** Asks the user for a password; empty when they cancel. Called on the FX thread. */
    public interface Prompt {
        Optional<String> ask(ConnectionProfile profile, String reason);
    }

    private final Keychain keychain;
    private final Map<String, String> session = new ConcurrentHashMap<>();

    public Passwords(Keychain keychain) {
        this.keychain = keychain;
    }

    public Keychain keychain() {
        return keychain;
    }

    /** A known password (this session, else the keychain: runs its tool, so call it in a job), without asking. */
    public Optional<String> known(ConnectionProfile p) {
        String typed = session.get(p.account());
        if (typed != null) return Optional.of(typed);
        if (!keychain.available()) return Optional.empty();
        try {
            return keychain.lookup(p.account());
        } catch (IOException e) {
            return Optional.empty(); // a locked or broken keychain: fall back to asking
        }
    }

    /** Remembers a typed password for the session, and in the keychain when {@code save} and there is one. */
    public void remember(ConnectionProfile p, String password, boolean save) throws IOException {
        session.put(p.account(), password);
        if (save && keychain.available()) keychain.store(p.account(), p.name(), password);
    }

    /** Keeps a password in memory for this session only. */
    public void rememberForSession(ConnectionProfile p, String password) {
        session.put(p.account(), password);
    }

    /** Forgets a password that did not work, so the next attempt asks again. */
    public void forget(ConnectionProfile p) {
        session.remove(p.account());
    }

    /** Removes the stored password (the connection was deleted). */
    public void delete(ConnectionProfile p) throws IOException {
        session.remove(p.account());
        if (keychain.available()) keychain.delete(p.account());
    }

    /** Credentials for {@code p}: the known password, else the prompt's answer (empty when cancelled). */
    public Optional<Credentials> credentials(ConnectionProfile p, Prompt prompt) {
        if (!p.isServer()) return Optional.of(Credentials.none());
        Optional<String> password = known(p).or(() -> prompt.ask(p, "Password for " + p.account()));
        password.ifPresent(pw -> session.put(p.account(), pw));
        return password.map(pw -> new Credentials(p.user(), pw));
    }
}
