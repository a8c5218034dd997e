package dev.playlens.testsupport;

/** A test server did not come up; the message carries the end of its log. */
public final class ServerStartException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    ServerStartException(String what, String logTail) {
        super(what + "\n" + logTail);
    }
}
