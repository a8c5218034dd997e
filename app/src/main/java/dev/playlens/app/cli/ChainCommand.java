package dev.playlens.app.cli;

import dev.playlens.app.cli.chain.Chain;
import dev.playlens.app.cli.chain.ChainConfig;
import dev.playlens.ml.registry.ModelRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code playlens chain CONFIG.json|yaml [--json]}: the nightly transfer → ingest → score → publish in one run. */
@Command(name = "chain", mixinStandardHelpOptions = true,
        description = {"Run the nightly chain from one config file (JSON, or YAML for .yaml/.yml):",
                "transfer → ingest → score → publish, each step optional (see docs/cli.md).",
                "Each step logs one line on stderr; the first failing step stops the chain (exit 1)."})
public final class ChainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "The chain's config file.")
    Path config;

    @Option(names = "--json", description = "Print {\"ok\":…, \"steps\":[{\"step\":…, \"ok\":…, \"seconds\":…, …}, …]"
            + " (plus \"failed_step\" and \"error\" on failure) on stdout.")
    boolean json;

    public ChainCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Path base = config.toAbsolutePath().getParent();
        Chain chain;
        try {
            chain = Chain.of(ChainConfig.read(config), base, environment.env(), dir -> registry(dir, base));
        } catch (ChainConfig.Invalid e) {
            String m = e.getMessage();
            throw new CommandLine.ParameterException(spec.commandLine(), m.startsWith(config.toString()) ? m : config + ": " + m);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("chain: " + config + ": " + String.join(" → ", chain.stepNames()));
        ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal());
        Chain.Outcome outcome = chain.run(err, progress, progress::finish);
        if (json) JsonOutput.print(spec.commandLine().getOut(), outcome.json());
        if (!outcome.ok()) {
            err.println("playlens chain: step '" + outcome.failedStep() + "' failed: " + outcome.error());
            err.flush();
            return 1;
        }
        if (!json) spec.commandLine().getOut().println("chain: " + chain.stepNames().size() + " steps ok");
        return 0;
    }

    /** The config's registry, else the models/ of {@code playlens --workspace DIR chain …}, else models/ next to the config. */
    private ModelRegistry registry(String fromConfig, Path base) {
        if (fromConfig != null) return new ModelRegistry(Path.of(fromConfig));
        if (spec.root().userObject() instanceof PlaylensCommand root && root.workspace != null) {
            return ModelRegistries.resolve(spec, null);
        }
        return new ModelRegistry(base.resolve("models"));
    }
}
