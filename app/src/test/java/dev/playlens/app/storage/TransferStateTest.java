package dev.playlens.app.storage;

import org.junit.jupiter.api.Test;

import static dev.playlens.app.storage.TransferState.CANCELLED;
import static dev.playlens.app.storage.TransferState.DONE;
import static dev.playlens.app.storage.TransferState.FAILED;
import static dev.playlens.app.storage.TransferState.PAUSED;
import static dev.playlens.app.storage.TransferState.QUEUED;
import static dev.playlens.app.storage.TransferState.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;

class TransferStateTest {

    @Test
    void onlyWaitingAndRunningCopiesPauseAndOnlyPausedOnesResume() {
        assertThat(QUEUED.canPause()).isTrue();
        assertThat(RUNNING.canPause()).isTrue();
        assertThat(PAUSED.canPause()).isFalse();
        assertThat(DONE.canPause()).isFalse();
        assertThat(PAUSED.canResume()).isTrue();
        for (TransferState s : new TransferState[]{QUEUED, RUNNING, DONE, FAILED, CANCELLED}) assertThat(s.canResume()).isFalse();
    }

    @Test
    void finishedCopiesCannotBeCancelledAndFailedOrCancelledOnesRetry() {
        assertThat(QUEUED.canCancel() && RUNNING.canCancel() && PAUSED.canCancel()).isTrue();
        assertThat(DONE.canCancel() || FAILED.canCancel() || CANCELLED.canCancel()).isFalse();
        assertThat(FAILED.canRetry()).isTrue();
        assertThat(CANCELLED.canRetry()).isTrue();
        assertThat(DONE.canRetry() || RUNNING.canRetry() || PAUSED.canRetry()).isFalse();
        assertThat(PAUSED.isFinished()).isFalse();
        assertThat(PAUSED.isActive()).isFalse();
    }
}
