package dev.playlens.testsupport;

/**
 * A binary or package a real-server test needs is not installed. Thrown (never turned into a skip) so
 * that a machine without the servers fails loudly and says what to install.
 */
public final class MissingTestDependencyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public MissingTestDependencyException(String what, String howToInstall) {
        super(what + " is not installed: " + howToInstall
                + " (tools/install-test-deps.sh installs every test prerequisite when run as root)");
    }
}
