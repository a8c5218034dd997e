package dev.playlens.app.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.Map;

/**
 * Builds the picocli command tree and runs it with the exit-code contract of docs/cli.md:
 * 0 success, 1 failed job, 2 bad usage, each failure as one line on stderr.
 */
public final class Cli {
    private final CliEnvironment environment;

    public Cli(Map<String, String> env, GuiStarter gui) {
        this.environment = new CliEnvironment(env, gui);
    }

    public int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PlaylensCommand(environment), new Factory(environment));
        cl.addSubcommand(PublishCommand.class);
        cl.addSubcommand(ServeCommand.class);
        cl.addSubcommand(ChainCommand.class);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(qualifiedName(ex.getCommandLine()) + ": " + oneLine(ex.getMessage())
                    + " (see '" + qualifiedName(ex.getCommandLine()) + " --help')");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            err.println(qualifiedName(c) + ": " + describe(ex));
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cl.execute(args);
    }

    private static String qualifiedName(CommandLine c) {
        return c.getCommandSpec().qualifiedName();
    }

    /** The most useful single line for a failure: the deepest cause that has a message. */
    static String describe(Throwable ex) {
        Throwable t = ex;
        String msg = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) msg = t.getMessage();
            if (t.getCause() == null || t.getCause() == t) break;
            if (msg != null && !(t instanceof java.util.concurrent.ExecutionException)
                    && !(t instanceof java.util.concurrent.CompletionException)) break;
            t = t.getCause();
        }
        return oneLine(msg == null ? ex.getClass().getSimpleName() : msg);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Creates commands with their dependencies (constructor injection instead of static state). */
    private record Factory(CliEnvironment environment) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> c = cls.getDeclaredConstructor(CliEnvironment.class);
                return c.newInstance(environment);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
