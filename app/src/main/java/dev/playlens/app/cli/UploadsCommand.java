package dev.playlens.app.cli;

import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.ObjectStores;
import dev.playlens.storage.StagedUploads.PendingUpload;
import dev.playlens.storage.StoreSettings;
import dev.playlens.storage.transfer.AbandonedUploads;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code playlens uploads list|clean URI}: multipart uploads (S3) or uncommitted blocks (Azure) that a transfer
 * started and never finished. S3 keeps charging for their parts until they are aborted.
 */
@Command(name = "uploads", mixinStandardHelpOptions = true,
        description = "List or remove abandoned multipart uploads (S3) and uncommitted blobs (Azure) under a location.",
        subcommands = {UploadsCommand.ListUploads.class, UploadsCommand.CleanUploads.class})
public final class UploadsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: list or clean");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List abandoned uploads under URI.")
    static final class ListUploads implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;
        private final CliEnvironment environment;

        @Parameters(index = "0", paramLabel = "URI", description = "s3://bucket/prefix or azure://container/prefix")
        String location;

        @Option(names = "--json", description = "Print {\"uploads\":[{\"key\":…, \"upload_id\":…, \"started\":…}, …]} on stdout.")
        boolean json;

        ListUploads(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (ObjectStore store = open(spec, environment, location)) {
                print(spec, json, "uploads", AbandonedUploads.list(store, ""), "abandoned");
            }
            return 0;
        }
    }

    @Command(name = "clean", mixinStandardHelpOptions = true,
            description = "Abort abandoned uploads under URI that started at least --older-than ago.")
    static final class CleanUploads implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;
        private final CliEnvironment environment;

        @Parameters(index = "0", paramLabel = "URI", description = "s3://bucket/prefix or azure://container/prefix")
        String location;

        @Option(names = "--older-than", paramLabel = "DURATION", defaultValue = "PT1H",
                description = "Only uploads started at least this long ago, ISO-8601 (default: ${DEFAULT-VALUE}; "
                        + "PT0S for all — only when no transfer is running).")
        String olderThan;

        @Option(names = "--json", description = "Print {\"aborted\":[{\"key\":…, \"upload_id\":…, \"started\":…}, …]} on stdout.")
        boolean json;

        CleanUploads(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            Duration minAge;
            try {
                minAge = Duration.parse(olderThan);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--older-than: '" + olderThan + "' is not an ISO-8601 duration like PT1H or P2D");
            }
            try (ObjectStore store = open(spec, environment, location)) {
                print(spec, json, "aborted", AbandonedUploads.clean(store, "", minAge), "aborted");
            }
            return 0;
        }
    }

    static ObjectStore open(CommandSpec spec, CliEnvironment environment, String location) {
        try {
            return ObjectStores.open(location, StoreSettings.fromEnvironment(environment.env()));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "URI: " + e.getMessage());
        }
    }

    private static void print(CommandSpec spec, boolean json, String field, List<PendingUpload> uploads, String verb) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PendingUpload u : uploads) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("key", u.key());
                row.put("upload_id", u.uploadId());
                row.put("started", u.started() == null ? null : u.started().toString());
                rows.add(row);
            }
            JsonOutput.print(out, Map.of(field, rows));
            return;
        }
        for (PendingUpload u : uploads) {
            out.println(u.key() + "\t" + (u.started() == null ? "-" : u.started()) + "\t" + u.uploadId());
        }
        out.println(String.format(Locale.ROOT, "(%d upload%s %s)", uploads.size(), uploads.size() == 1 ? "" : "s", verb));
    }
}
