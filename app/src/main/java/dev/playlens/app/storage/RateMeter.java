package dev.playlens.app.storage;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Transfer speed over a sliding window of (time, bytes done) samples, and the time left at that speed. A window
 * (not the average since the start) so the speed follows a network that gets slower or faster, and a paused
 * item restarts its measurement.
 */
public final class RateMeter {
    private record Sample(long nanos, long bytes) {
    }

    private final long windowNanos;
    private final Deque<Sample> samples = new ArrayDeque<>();

    public RateMeter(Duration window) {
        this.windowNanos = window.toNanos();
    }

    /** Records that {@code bytesDone} bytes were done at {@code nanos} (a monotonic clock, e.g. System.nanoTime). */
    public void sample(long nanos, long bytesDone) {
        if (!samples.isEmpty() && bytesDone < samples.peekLast().bytes()) samples.clear(); // a re-run starts over
        samples.addLast(new Sample(nanos, bytesDone));
        while (samples.size() > 2 && nanos - samples.peekFirst().nanos() > windowNanos) samples.removeFirst();
    }

    public void reset() {
        samples.clear();
    }

    /** Bytes per second over the window; 0 until two samples span some time. */
    public double bytesPerSecond() {
        if (samples.size() < 2) return 0;
        Sample first = samples.peekFirst();
        Sample last = samples.peekLast();
        long dt = last.nanos() - first.nanos();
        return dt <= 0 ? 0 : (last.bytes() - first.bytes()) * 1e9 / dt;
    }

    /** Time left for {@code totalBytes} at the current speed; empty while the speed is unknown or zero. */
    public Optional<Duration> eta(long totalBytes) {
        return eta(samples.isEmpty() ? 0 : samples.peekLast().bytes(), totalBytes, bytesPerSecond());
    }

    public static Optional<Duration> eta(long doneBytes, long totalBytes, double bytesPerSecond) {
        if (totalBytes < 0) return Optional.empty();
        long left = Math.max(0, totalBytes - doneBytes);
        if (left == 0) return Optional.of(Duration.ZERO);
        if (bytesPerSecond <= 0) return Optional.empty();
        return Optional.of(Duration.ofMillis(Math.round(left / bytesPerSecond * 1000)));
    }

    /** "12.3 MB/s", "850 KB/s", "0 B/s" (decimal units, as network speeds are quoted). */
    public static String formatSpeed(double bytesPerSecond) {
        return formatBytes(bytesPerSecond) + "/s";
    }

    /** "1.5 GB", "12.3 MB", "512 B" (decimal units). */
    public static String formatBytes(double bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        int u = 0;
        while (bytes >= 1000 && u < units.length - 1) {
            bytes /= 1000;
            u++;
        }
        return u == 0 ? String.format(Locale.ROOT, "%.0f B", bytes) : String.format(Locale.ROOT, "%.1f %s", bytes, units[u]);
    }

    /** "1:05:09", "4:07", "0:03"; "–" when unknown. */
    public static String formatEta(Optional<Duration> eta) {
        if (eta.isEmpty()) return "–";
        long s = Math.max(0, (eta.get().toMillis() + 999) / 1000);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
