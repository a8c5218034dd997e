package dev.playlens.app.sql;

import dev.playlens.app.services.QueryService;
import dev.playlens.app.services.QueryService.SchemaTable;
import dev.playlens.core.job.JobExecutor;
import javafx.application.Platform;

import java.util.List;
import java.util.Locale;

/** Lists the warehouse's tables and columns in a job and puts them into the model's schema tree. */
final class SchemaLoader {
    private final SqlModel model;
    private final JobExecutor executor;

    SchemaLoader(SqlModel model, JobExecutor executor) {
        this.model = model;
        this.executor = executor;
    }

    void load(QueryService service) {
        executor.submit("Read the schema of " + service.location(), service::schema).result()
                .whenComplete((tables, error) -> Platform.runLater(() -> {
                    if (tables != null) model.schema.setAll(tables.stream().map(SchemaLoader::node).toList());
                    else model.schema.clear();
                }));
    }

    static SqlModel.SchemaNode node(SchemaTable t) {
        String name = "main".equals(t.table().schema()) || "public".equals(t.table().schema())
                ? t.table().name() : t.table().qualifiedName();
        String kind = t.table().type() == null ? "" : t.table().type().toLowerCase(Locale.ROOT);
        List<String> columns = t.columns().stream().map(c -> c.name() + "  " + c.dataType()).toList();
        return new SqlModel.SchemaNode(name, kind, columns);
    }
}
