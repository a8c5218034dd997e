package dev.playlens.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the real command line in-process and captures what it prints; the GUI must never be asked for. */
final class CliRunner {
    record Run(int exitCode, String out, String err) {
        String[] errLines() {
            return err.isBlank() ? new String[0] : err.strip().split("\\R");
        }
    }

    static Run run(String... args) {
        return runWith(Map.of(), args);
    }

    /** With these environment variables (cloud credentials, PLAYLENS_DATA_DIR). */
    static Run runWith(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        GuiStarter noGui = (workspace, screenshot) -> {
            throw new AssertionError("the GUI was started by: " + String.join(" ", args));
        };
        int code = new Cli(env, noGui).execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private CliRunner() {
    }
}
