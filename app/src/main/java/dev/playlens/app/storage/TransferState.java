package dev.playlens.app.storage;

/** Where a queued transfer is, and which of the queue's actions apply to it. */
public enum TransferState {
    QUEUED, RUNNING, PAUSED, DONE, FAILED, CANCELLED;

    public boolean canPause() {
        return this == QUEUED || this == RUNNING;
    }

    public boolean canResume() {
        return this == PAUSED;
    }

    public boolean canCancel() {
        return this == QUEUED || this == RUNNING || this == PAUSED;
    }

    /** Failed and cancelled items run again; the journal skips what they already copied. */
    public boolean canRetry() {
        return this == FAILED || this == CANCELLED;
    }

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }

    public boolean isFinished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
