package dev.playlens.app.shell;

import dev.playlens.core.job.JobHandle;
import dev.playlens.core.job.JobState;
import dev.playlens.core.job.Progress;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One job of this session as the status bar and task list show it. Updated on the FX thread only. */
public final class JobRow {
    private final JobHandle<?> handle;
    private final ReadOnlyStringWrapper name;
    private final ObjectProperty<JobState> state = new SimpleObjectProperty<>(JobState.QUEUED);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");

    JobRow(JobHandle<?> handle) {
        this.handle = handle;
        this.name = new ReadOnlyStringWrapper(handle.name());
        refresh();
    }

    /** Copies the handle's latest state; called from the FX thread. */
    void refresh() {
        state.set(handle.state());
        Progress p = handle.progress();
        progress.set(p.fraction());
        String msg = p.message();
        if (handle.state() == JobState.FAILED && handle.result().isDone()) {
            Throwable cause = handle.result().exceptionNow();
            msg = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
        message.set(msg);
    }

    public void cancel() {
        handle.cancel();
    }

    public JobHandle<?> handle() {
        return handle;
    }

    public javafx.beans.property.ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ObjectProperty<JobState> stateProperty() {
        return state;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public boolean isFinished() {
        return state.get().isFinished();
    }
}
