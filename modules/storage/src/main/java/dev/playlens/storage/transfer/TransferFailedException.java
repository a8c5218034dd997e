package dev.playlens.storage.transfer;

/** The transfer stopped early (a store became unreachable, credentials were rejected…); re-running resumes it. */
public class TransferFailedException extends RuntimeException {
    private final TransferReport partial;

    public TransferFailedException(String message, TransferReport partial, Throwable cause) {
        super(message, cause);
        this.partial = partial;
    }

    public TransferReport partial() {
        return partial;
    }
}
