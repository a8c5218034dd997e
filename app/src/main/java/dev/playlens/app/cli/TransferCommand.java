package dev.playlens.app.cli;

import dev.playlens.app.workspace.DataDirs;
import dev.playlens.storage.StoreLocation;
import dev.playlens.storage.StoreSettings;
import dev.playlens.storage.transfer.TransferFailedException;
import dev.playlens.storage.transfer.TransferOptions;
import dev.playlens.storage.transfer.TransferReport;
import dev.playlens.storage.transfer.Transfers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code playlens transfer SRC_URI DST_URI [--parallel N] [--journal DIR] [--json]}. */
@Command(name = "transfer", mixinStandardHelpOptions = true,
        description = {"Copy every object under SRC to DST (S3, Azure Blob or local, either way), streamed and verified.",
                "Resumable: re-running finishes an interrupted copy and skips objects already at DST.",
                "The resume journal lives in the user data folder (PLAYLENS_DATA_DIR, else $XDG_DATA_HOME/playlens,",
                "else ~/.local/share/playlens) under transfers/, one file per SRC/DST pair."})
public final class TransferCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;

    @Parameters(index = "0", paramLabel = "SRC_URI", description = "s3://bucket/prefix, azure://container/prefix, file:/… or a path")
    String source;

    @Parameters(index = "1", paramLabel = "DST_URI", description = "Where the objects go, same forms as SRC_URI.")
    String destination;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
            description = "Objects (and parts of one large object) copied at once, 1..64 (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--journal", paramLabel = "DIR",
            description = "Folder for the resume journal (default: <user data folder>/transfers).")
    Path journal;

    @Option(names = "--json", description = "Print {\"files\":…, \"bytes\":…, \"skipped\":…, \"failed\":…, \"seconds\":…, …} on stdout.")
    boolean json;

    public TransferCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        parse("SRC_URI", source);
        parse("DST_URI", destination);
        if (parallel < 1 || parallel > 64) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--parallel: must be 1..64, got " + parallel);
        }
        Path journalDir = journal != null ? journal : defaultJournalDir(environment.env());
        TransferOptions options = TransferOptions.defaults(journalDir).withParallel(parallel);
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal());
        long start = System.nanoTime();
        TransferReport report;
        String failure = null;
        try {
            report = Transfers.job(source, destination, StoreSettings.fromEnvironment(environment.env()), options).run(progress);
        } catch (TransferFailedException e) {
            report = e.partial();
            failure = e.getMessage();
        } finally {
            progress.finish();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, reportJson(report, seconds));
        } else {
            out.println(describe(report, seconds));
        }
        if (failure == null && !report.failures().isEmpty()) {
            failure = report.failed() + " object(s) failed, first: " + report.failures().getFirst() + "; re-run to retry";
        }
        if (failure != null) {
            err.println("playlens transfer: " + Cli.oneLine(failure));
            err.flush();
            return 1;
        }
        return 0;
    }

    /** The journal folder when --journal is not given: per user, independent of where the objects go. */
    static Path defaultJournalDir(Map<String, String> env) {
        return DataDirs.from(env, System.getProperty("user.home")).root().resolve("transfers");
    }

    private void parse(String label, String location) {
        try {
            StoreLocation.parse(location);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), label + ": " + e.getMessage());
        }
    }

    static Map<String, Object> reportJson(TransferReport r, double seconds) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("files", r.copied());
        o.put("bytes", r.bytes());
        o.put("skipped", r.skipped());
        o.put("failed", r.failed());
        o.put("seconds", Math.round(seconds * 1000) / 1000.0);
        o.put("objects", r.objects());
        o.put("verified", r.verified());
        return o;
    }

    static String describe(TransferReport r, double seconds) {
        return String.format(Locale.ROOT, "%,d of %,d objects copied (%,d bytes, %,d verified), %,d already there, %,d failed, %.1f s",
                r.copied(), r.objects(), r.bytes(), r.verified(), r.skipped(), r.failed(), seconds);
    }
}
