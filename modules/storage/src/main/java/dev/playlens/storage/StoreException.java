package dev.playlens.storage;

/**
 * A store operation failed; the message is one line naming the store URI and what to do.
 * {@code transient} marks failures worth retrying (5xx, throttling, connection reset, timeouts).
 */
public class StoreException extends RuntimeException {
    public enum Kind { NOT_FOUND, NO_SUCH_CONTAINER, BAD_CREDENTIALS, ACCESS_DENIED, CHECKSUM_MISMATCH, TRANSIENT, OTHER }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isTransient() {
        return kind == Kind.TRANSIENT;
    }
}
