package dev.playlens.app.cli;

import dev.playlens.app.ingest.CloudSources;
import dev.playlens.storage.StoreLocation;
import dev.playlens.storage.StoreSettings;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.ingest.JsonLinesRejectSink;
import dev.playlens.warehouse.ingest.LoadJournal;
import dev.playlens.warehouse.ingest.LoadReport;
import dev.playlens.warehouse.ingest.LocalSourceFiles;
import dev.playlens.warehouse.ingest.SourceFile;
import dev.playlens.warehouse.ingest.TelemetryLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code playlens ingest --warehouse W --from URI [--rejects URI] [--json]}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Load telemetry under URI into game_events, de-duplicated on event_id.",
                "Reads JSON lines (.json, .jsonl, .gz) recursively; re-running skips files already loaded."})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;

    @Option(names = "--warehouse", required = true, paramLabel = "W",
            description = "duckdb:PATH, jdbc:postgresql://… or jdbc:redshift://…")
    String warehouse;

    @Option(names = "--from", required = true, paramLabel = "URI",
            description = "s3://bucket/prefix, azure://container/prefix, a local path or file: URI (folder or file).")
    String from;

    @Option(names = "--rejects", paramLabel = "URI",
            description = "Where rejected lines go, as JSON lines with file, line, field and reason "
                    + "(default: ./playlens-rejects-<time>.jsonl, written only when a line is rejected).")
    String rejects;

    @Option(names = "--json", description = "Print {\"files\":…, \"read\":…, \"inserted\":…, \"duplicates\":…, "
            + "\"rejected\":…, \"skipped_files\":…} on stdout.")
    boolean json;

    public IngestCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        Path source = isCloud(from) ? null : LocalUris.toPath(spec, "--from", from);
        if (source == null) checkCloudLocation();
        else if (!Files.exists(source)) throw new IllegalArgumentException("--from: " + source + " does not exist");
        Path rejectFile = rejects != null ? LocalUris.toPath(spec, "--rejects", rejects)
                : Path.of("playlens-rejects-" + Instant.now().toString().replace(':', '-') + ".jsonl");
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal());
        LoadReport report;
        try (CloudSources cloud = new CloudSources(StoreSettings.fromEnvironment(environment.env()));
             Warehouse w = WarehouseLocations.open(spec, warehouse, environment.env());
             JsonLinesRejectSink sink = new JsonLinesRejectSink(rejectFile)) {
            List<SourceFile> files = source == null ? cloud.list(from) : LocalSourceFiles.under(source);
            report = new TelemetryLoader(w, new LoadJournal()).load(files, sink, progress);
        } finally {
            progress.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, loadJson(report));
        } else {
            out.println(describe(report));
        }
        if (report.rejected() > 0) err.println("playlens ingest: " + report.rejected() + " rejected lines written to " + rejectFile);
        return 0;
    }

    private void checkCloudLocation() {
        try {
            StoreLocation.parse(from);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from: " + e.getMessage());
        }
    }

    static Map<String, Object> loadJson(LoadReport r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("files", r.files());
        o.put("read", r.read());
        o.put("inserted", r.inserted());
        o.put("duplicates", r.duplicates());
        o.put("rejected", r.rejected());
        o.put("skipped_files", r.skippedFiles());
        return o;
    }

    static String describe(LoadReport r) {
        return String.format(Locale.ROOT, "%,d files, %,d lines read, %,d inserted, %,d duplicates, %,d rejected, %,d files skipped (already loaded)",
                r.files(), r.read(), r.inserted(), r.duplicates(), r.rejected(), r.skippedFiles());
    }

    /** Local locations (the reject file); cloud URIs get a clear "not supported here". */
    static final class LocalUris {
        private LocalUris() {
        }

        static Path toPath(CommandSpec spec, String option, String uri) {
            String lower = uri.toLowerCase(Locale.ROOT);
            if (lower.startsWith("s3://") || lower.startsWith("azure://")) {
                throw new UnsupportedOperationException(option + ": " + uri.substring(0, uri.indexOf(':'))
                        + " locations are not supported for " + option + "; give a local path");
            }
            if (lower.startsWith("file:")) {
                try {
                    return Path.of(URI.create(uri));
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), option + ": bad file URI '" + uri + "': " + e.getMessage());
                }
            }
            if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
                throw new CommandLine.ParameterException(spec.commandLine(), option + ": unsupported location '" + uri
                        + "': expected a path, file:/…, s3://… or azure://…");
            }
            return Path.of(uri);
        }
    }

    /** Whether a location names a cloud store rather than a local path. */
    private static boolean isCloud(String location) {
        return location.startsWith("s3://") || location.startsWith("azure://");
    }
}
