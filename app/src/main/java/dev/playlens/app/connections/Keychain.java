package dev.playlens.app.connections;

import java.io.IOException;
import java.util.Optional;

/**
 * Where database passwords are kept: the OS keychain, or nowhere (then they are asked for every session).
 * Passwords never go to the workspace files.
 */
public interface Keychain {
    /** False when there is no keychain tool: passwords are asked for and kept in memory for the session. */
    boolean available();

    /** A short description for the UI, e.g. "the GNOME keyring (secret-tool)". */
    String description();

    Optional<String> lookup(String account) throws IOException;

    void store(String account, String label, String password) throws IOException;

    void delete(String account) throws IOException;

    /** No keychain on this machine: nothing stored, nothing found. */
    Keychain NONE = new Keychain() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public String description() {
            return "no keychain tool found: the password is asked for once per session";
        }

        @Override
        public Optional<String> lookup(String account) {
            return Optional.empty();
        }

        @Override
        public void store(String account, String label, String password) {
            throw new UnsupportedOperationException(description());
        }

        @Override
        public void delete(String account) {
        }
    };
}
