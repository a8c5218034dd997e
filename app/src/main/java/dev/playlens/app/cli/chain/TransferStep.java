package dev.playlens.app.cli.chain;

import dev.playlens.core.job.JobContext;
import dev.playlens.storage.StoreSettings;
import dev.playlens.storage.transfer.TransferOptions;
import dev.playlens.storage.transfer.TransferReport;
import dev.playlens.storage.transfer.Transfers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** transfer: the storage module's transfer engine, from the config's {@code from} to its {@code to}. */
final class TransferStep implements ChainStep {
    private final ChainConfig.Transfer config;
    private final ChainPaths paths;
    private final StoreSettings settings;
    private final Path defaultJournal;

    /** {@code defaultJournal}: where the resume journal goes when the config names none (journal/ next to it). */
    TransferStep(ChainConfig.Transfer config, ChainPaths paths, StoreSettings settings, Path defaultJournal) {
        this.config = config;
        this.paths = paths;
        this.settings = settings;
        this.defaultJournal = defaultJournal;
    }

    @Override
    public String name() {
        return "transfer";
    }

    @Override
    public Result run(ChainState state, JobContext context) throws Exception {
        String from = paths.resolve(config.from());
        String to = paths.resolve(config.to());
        Path local = paths.localPath(from);
        // a local folder that is not there would otherwise list as empty and "succeed" with nothing copied
        if (local != null && !Files.exists(local)) throw new IllegalArgumentException("source " + local + " does not exist");
        // the journal lets the next night skip what was copied and resume an interrupted copy
        Path journal = config.journal() == null ? defaultJournal : Path.of(paths.resolve(config.journal()));
        TransferOptions options = TransferOptions.defaults(journal);
        if (config.parallel() != null) options = options.withParallel(config.parallel());
        TransferReport r = Transfers.job(from, to, settings, options).run(context);
        if (!r.ok()) {
            throw new IllegalStateException(r.failed() + " of " + r.objects() + " objects failed"
                    + (r.failures().isEmpty() ? "" : ", first: " + r.failures().getFirst()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", from);
        json.put("to", to);
        json.put("objects", r.objects());
        json.put("copied", r.copied());
        json.put("skipped", r.skipped());
        json.put("failed", r.failed());
        json.put("bytes", r.bytes());
        json.put("verified", r.verified());
        return new Result(json, String.format(Locale.ROOT, "%,d objects from %s to %s: %,d copied, %,d skipped (already there), %,d bytes",
                r.objects(), from, to, r.copied(), r.skipped(), r.bytes()));
    }
}
