package dev.playlens.app.cli;

import dev.playlens.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;

/** {@code playlens sql --warehouse W [--format table|csv|json] QUERY}. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run one SQL statement on the warehouse and print its result on stdout.")
public final class SqlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;

    @Option(names = "--warehouse", required = true, paramLabel = "W",
            description = "duckdb:PATH, jdbc:postgresql://… or jdbc:redshift://…")
    String warehouse;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (aligned text), csv (RFC 4180 with a header) or json "
                    + "(one object: {\"columns\":[…], \"rows\":[{…}, …], \"row_count\":N}). Default: ${DEFAULT-VALUE}.")
    ResultFormat format;

    @Parameters(paramLabel = "QUERY", description = "The SQL statement.")
    String query;

    public SqlCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Warehouse w = WarehouseLocations.open(spec, warehouse, environment.env());
             Connection c = w.connect(); Statement st = c.createStatement()) {
            st.setFetchSize(10_000);
            if (st.execute(query)) {
                try (ResultSet rs = st.getResultSet()) {
                    ResultPrinter.print(rs, format, out);
                }
            } else {
                ResultPrinter.printUpdateCount(st.getUpdateCount(), format, out);
            }
        }
        out.flush();
        return 0;
    }

    public enum ResultFormat { table, csv, json }
}
