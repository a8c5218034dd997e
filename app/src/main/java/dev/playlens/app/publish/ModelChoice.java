package dev.playlens.app.publish;

import dev.playlens.ml.registry.ModelMetadata;

import java.util.Locale;

/**
 * What the screen shows about the picked model version (algorithm, test AUC, when, on what) and the data it was
 * trained on when that data is in this workspace ({@code dataKind} null otherwise), offered as the data to score.
 */
public record ModelChoice(String summary, PublishSettings.DataKind dataKind, String data) {

    static ModelChoice of(ModelMetadata m, String warehouse) {
        String ds = m.dataSource() == null ? "" : m.dataSource();
        PublishSettings.DataKind kind = null;
        String data = null;
        String shown = ds;
        if (ds.startsWith("file:")) {
            kind = PublishSettings.DataKind.FILE;
            data = ds.substring("file:".length());
            shown = java.nio.file.Path.of(data).getFileName().toString();
        } else if (ds.startsWith(warehouse + "#")) {
            kind = PublishSettings.DataKind.TABLE;
            data = ds.substring(warehouse.length() + 1);
            shown = "table " + data;
        } else if (ds.equals(warehouse + " (query)") && m.query() != null
                && (m.queryParameters() == null || m.queryParameters().isEmpty())) {
            kind = PublishSettings.DataKind.QUERY;
            data = m.query();
            shown = "a warehouse query";
        }
        StringBuilder s = new StringBuilder(m.algorithm() == null ? m.kind() : m.algorithm());
        if (m.metrics() != null && m.metrics().get("auc") instanceof Number auc) {
            s.append(String.format(Locale.ROOT, " · AUC %.3f", auc.doubleValue()));
        }
        s.append(" · trained on ").append(shown);
        if (m.createdAt() != null) s.append(" · ").append(TargetStates.shortTime(m.createdAt()).replaceAll(":\\d\\d UTC$", " UTC"));
        return new ModelChoice(s.toString(), kind, data);
    }
}
