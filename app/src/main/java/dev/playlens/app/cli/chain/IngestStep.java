package dev.playlens.app.cli.chain;

import dev.playlens.core.job.JobContext;
import dev.playlens.warehouse.Credentials;
import dev.playlens.warehouse.Warehouse;
import dev.playlens.warehouse.Warehouses;
import dev.playlens.warehouse.ingest.JsonLinesRejectSink;
import dev.playlens.warehouse.ingest.LoadJournal;
import dev.playlens.warehouse.ingest.LoadReport;
import dev.playlens.warehouse.ingest.LocalSourceFiles;
import dev.playlens.warehouse.ingest.TelemetryLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** ingest: the warehouse's TelemetryLoader over a local folder (the transfer step's destination by default). */
final class IngestStep implements ChainStep {
    private final String warehouse;
    private final String from;
    private final String rejects;
    private final ChainPaths paths;
    private final Map<String, String> env;

    IngestStep(String warehouse, String from, String rejects, ChainPaths paths, Map<String, String> env) {
        this.warehouse = warehouse;
        this.from = from;
        this.rejects = rejects;
        this.paths = paths;
        this.env = env;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public Result run(ChainState state, JobContext context) throws Exception {
        Path source = paths.localPath(paths.resolve(from));
        if (source == null) {
            throw new IllegalArgumentException("ingest reads a local folder, not " + from
                    + "; add a transfer step that copies it to a folder");
        }
        if (!Files.exists(source)) throw new IllegalArgumentException("source " + source + " does not exist");
        Path rejectFile = Path.of(rejects != null ? paths.resolve(rejects)
                : paths.resolve("playlens-rejects-" + Instant.now().toString().replace(':', '-') + ".jsonl"));
        LoadReport r;
        try (Warehouse w = Warehouses.open(paths.resolve(warehouse), Credentials.fromEnvironment(env));
             JsonLinesRejectSink sink = new JsonLinesRejectSink(rejectFile)) {
            r = new TelemetryLoader(w, new LoadJournal()).load(LocalSourceFiles.under(source), sink, context);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", source.toString());
        json.put("files", r.files());
        json.put("read", r.read());
        json.put("inserted", r.inserted());
        json.put("duplicates", r.duplicates());
        json.put("rejected", r.rejected());
        json.put("skipped_files", r.skippedFiles());
        if (r.rejected() > 0) json.put("rejects", rejectFile.toString());
        return new Result(json, String.format(Locale.ROOT,
                "%,d files, %,d lines read, %,d inserted, %,d duplicates, %,d rejected%s, %,d files skipped (already loaded)",
                r.files(), r.read(), r.inserted(), r.duplicates(), r.rejected(),
                r.rejected() > 0 ? " (in " + rejectFile + ")" : "", r.skippedFiles()));
    }
}
