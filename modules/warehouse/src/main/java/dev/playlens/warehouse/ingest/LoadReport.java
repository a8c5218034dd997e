package dev.playlens.warehouse.ingest;

/**
 * What a load did. {@code read} counts non-blank lines; each is either {@code inserted}, a
 * {@code duplicate} (its event_id was earlier in the load or already in the table) or {@code rejected}.
 * {@code files} counts the files read, {@code skippedFiles} those the journal showed as already loaded.
 */
public record LoadReport(int files, long read, long inserted, long duplicates, long rejected, int skippedFiles) {
    public static final LoadReport EMPTY = new LoadReport(0, 0, 0, 0, 0, 0);

    public LoadReport plus(LoadReport o) {
        return new LoadReport(files + o.files, read + o.read, inserted + o.inserted, duplicates + o.duplicates,
                rejected + o.rejected, skippedFiles + o.skippedFiles);
    }

    /** The CLI's {@code --json} form: {"files":…, "read":…, "inserted":…, "duplicates":…, "rejected":…, "skipped_files":…}. */
    public String toJson() {
        return "{\"files\":" + files + ", \"read\":" + read + ", \"inserted\":" + inserted + ", \"duplicates\":"
                + duplicates + ", \"rejected\":" + rejected + ", \"skipped_files\":" + skippedFiles + "}";
    }
}
