package dev.playlens.core.job;

/** A snapshot of a job's progress; {@code total < 0} means the amount of work is not known. */
public record Progress(long done, long total, String message) {
    public static final Progress NONE = new Progress(0, -1, "");

    /** Fraction in [0, 1], or -1 when the total is unknown (an indeterminate bar). */
    public double fraction() {
        if (total <= 0) return -1;
        return Math.min(1.0, (double) done / total);
    }
}
