package dev.playlens.app.models;

import dev.playlens.ml.model.Algorithm;

/**
 * The Models screen's form as saved in the workspace ({@code models.json}): where the data comes from, the
 * label, the algorithm and its parameters, the clustering choices. Null fields keep the screen's defaults.
 * Runs themselves live in the registry, not here.
 */
public record ModelsSettings(String dataKind, String file, String table, String sql, Integer horizonDays,
                             String label, String positive, String algorithm, Integer trees, Integer maxDepth,
                             Double shrinkage, Double lambda, Integer seed, Double testFraction, Integer cvFolds,
                             String modelName, Boolean kAuto, Integer k, Integer kMax, String clusterName) {

    public static ModelsSettings empty() {
        return new ModelsSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    static ModelsSettings of(ModelsModel m) {
        return new ModelsSettings(m.dataKind.get().name(), m.file.get(), m.table.get(), m.sql.get(),
                m.horizonDays.get(), m.label.get(), m.positive.get(), m.algorithm.get().name(), m.trees.get(),
                m.maxDepth.get(), m.shrinkage.get(), m.lambda.get(), m.seed.get(), m.testFraction.get(),
                m.cvFolds.get(), m.modelName.get(), m.kAuto.get(), m.k.get(), m.kMax.get(), m.clusterName.get());
    }

    void applyTo(ModelsModel m) {
        if (dataKind != null) m.dataKind.set(DataKind.valueOf(dataKind));
        if (file != null) m.file.set(file);
        if (table != null) m.table.set(table);
        if (sql != null) m.sql.set(sql);
        if (horizonDays != null) m.horizonDays.set(horizonDays);
        if (label != null) m.label.set(label);
        if (positive != null) m.positive.set(positive);
        if (algorithm != null) m.algorithm.set(Algorithm.valueOf(algorithm));
        if (trees != null) m.trees.set(trees);
        if (maxDepth != null) m.maxDepth.set(maxDepth);
        if (shrinkage != null) m.shrinkage.set(shrinkage);
        if (lambda != null) m.lambda.set(lambda);
        if (seed != null) m.seed.set(seed);
        if (testFraction != null) m.testFraction.set(testFraction);
        if (cvFolds != null) m.cvFolds.set(cvFolds);
        if (modelName != null) m.modelName.set(modelName);
        if (kAuto != null) m.kAuto.set(kAuto);
        if (k != null) m.k.set(k);
        if (kMax != null) m.kMax.set(kMax);
        if (clusterName != null) m.clusterName.set(clusterName);
    }
}
