package dev.playlens.ml.registry;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Versions of the libraries a model was built with, read from the jars' Maven metadata. */
public final class Libraries {
    private Libraries() {
    }

    public static Map<String, String> versions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("java", System.getProperty("java.version"));
        m.put("smile-core", implementationVersion(smile.classification.GradientTreeBoost.class, "com.github.haifengl", "smile-core"));
        m.put("xgboost4j", mavenVersion("ml.dmlc", "xgboost4j_2.12"));
        m.put("duckdb_jdbc", mavenVersion("org.duckdb", "duckdb_jdbc"));
        m.put("playlens-ml", String.valueOf(Libraries.class.getPackage().getImplementationVersion()));
        return m;
    }

    private static String implementationVersion(Class<?> type, String group, String artifact) {
        String v = type.getPackage().getImplementationVersion();
        return v != null ? v : mavenVersion(group, artifact);
    }

    private static String mavenVersion(String group, String artifact) {
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Libraries.class.getResourceAsStream(path)) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
