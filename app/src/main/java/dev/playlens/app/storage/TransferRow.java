package dev.playlens.app.storage;

import dev.playlens.core.job.JobHandle;
import dev.playlens.core.job.Progress;
import dev.playlens.storage.transfer.TransferReport;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Duration;

/** One item of the transfer queue as the table shows it (FX thread). */
public final class TransferRow {
    private final TransferSpec spec;
    private final RateMeter meter = new RateMeter(Duration.ofSeconds(5));
    final ObjectProperty<TransferState> state = new SimpleObjectProperty<>(TransferState.QUEUED);
    final LongProperty bytesDone = new SimpleLongProperty();
    final LongProperty bytesTotal = new SimpleLongProperty(-1);
    final DoubleProperty bytesPerSecond = new SimpleDoubleProperty();
    final StringProperty message = new SimpleStringProperty("waiting");
    final ObjectProperty<TransferReport> report = new SimpleObjectProperty<>();
    JobHandle<TransferReport> job;

    TransferRow(TransferSpec spec) {
        this.spec = spec;
    }

    public TransferSpec spec() {
        return spec;
    }

    /** Takes the running job's latest progress (bytes done of total) and updates the speed. */
    void sample(long nanos) {
        if (job == null) return;
        Progress p = job.progress();
        if (p.total() >= 0) {
            bytesTotal.set(p.total());
            bytesDone.set(p.done());
            meter.sample(nanos, p.done());
            bytesPerSecond.set(meter.bytesPerSecond());
        }
        if (!p.message().isEmpty()) message.set(p.message());
    }

    void restartMeasuring() {
        meter.reset();
        bytesPerSecond.set(0);
    }

    /** 0..1, or -1 (an indeterminate bar) while a running copy does not know its total yet. */
    public double fraction() {
        if (state.get() == TransferState.DONE) return 1;
        long total = bytesTotal.get();
        if (total < 0) return state.get() == TransferState.RUNNING ? -1 : 0;
        return total == 0 ? (state.get().isFinished() ? 1 : 0) : Math.min(1, (double) bytesDone.get() / total);
    }

    public String eta() {
        return state.get() == TransferState.RUNNING
                ? RateMeter.formatEta(RateMeter.eta(bytesDone.get(), bytesTotal.get(), bytesPerSecond.get())) : "";
    }

    public ObjectProperty<TransferState> stateProperty() {
        return state;
    }

    public LongProperty bytesDoneProperty() {
        return bytesDone;
    }

    public LongProperty bytesTotalProperty() {
        return bytesTotal;
    }

    public DoubleProperty bytesPerSecondProperty() {
        return bytesPerSecond;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<TransferReport> reportProperty() {
        return report;
    }
}
