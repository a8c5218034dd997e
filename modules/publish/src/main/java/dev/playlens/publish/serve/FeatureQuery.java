package dev.playlens.publish.serve;

import dev.playlens.ml.registry.ModelMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The SQL a cache miss runs: the model's feature query (or table) filtered to one user. The user id is the last
 * bound parameter, bound as text (client ids are text): the plain comparison lets the engine use an index or
 * zone map. A numeric id column needs a base query that casts it to text.
 */
public record FeatureQuery(String sql, List<Object> parameters) {
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    public FeatureQuery {
        parameters = List.copyOf(parameters);
    }

    /** {@code base} returns one row per user (a table's SELECT *, or the training query). */
    public static FeatureQuery forUser(String base, List<Object> baseParameters, String idColumn) {
        if (idColumn == null || !COLUMN.matcher(idColumn).matches()) {
            throw new IllegalArgumentException("--id: not a valid column name '" + idColumn + "'");
        }
        List<Object> p = new ArrayList<>(baseParameters);
        return new FeatureQuery("SELECT * FROM (" + base + ") playlens_features WHERE playlens_features." + idColumn
                + " = ?", p);
    }

    /** From table NAME: {@code SELECT * FROM NAME} filtered. */
    public static FeatureQuery forTable(String table, String idColumn) {
        if (table == null || !Pattern.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?", table)) {
            throw new IllegalArgumentException("--table: not a valid table name '" + table + "'");
        }
        return forUser("SELECT * FROM " + table, List.of(), idColumn);
    }

    /**
     * The query the model was trained on, when its metadata recorded one. Its parameters were stored as text, so
     * engines that will not compare a timestamp with text need an explicit query instead.
     */
    public static FeatureQuery fromMetadata(ModelMetadata m, String idColumn) {
        if (m.query() == null) {
            throw new IllegalArgumentException(m.name() + ":" + m.version() + " was trained from " + m.dataSource()
                    + ", not a warehouse query; give serve a feature table or query");
        }
        return forUser(m.query(), new ArrayList<>(m.queryParameters()), idColumn);
    }
}
