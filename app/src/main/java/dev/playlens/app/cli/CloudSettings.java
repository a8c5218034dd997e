package dev.playlens.app.cli;

import dev.playlens.storage.StoreSettings;

import java.util.Map;

/**
 * Store settings from the command's environment. Explicit AWS keys are taken from the same map (not left to the
 * SDK's own view of the process environment), so an embedding process or a test can pass its own credentials.
 */
public final class CloudSettings {
    private CloudSettings() {
    }

    public static StoreSettings from(Map<String, String> env) {
        StoreSettings settings = StoreSettings.fromEnvironment(env);
        String key = env.get("AWS_ACCESS_KEY_ID");
        String secret = env.get("AWS_SECRET_ACCESS_KEY");
        if (key != null && !key.isBlank() && secret != null && !secret.isBlank()) {
            settings = settings.withS3(settings.s3Endpoint(), settings.awsRegion(), key.strip(), secret.strip());
        }
        return settings;
    }

    /** Whether a location names a cloud store rather than a local path. */
    static boolean isCloud(String location) {
        return location.startsWith("s3://") || location.startsWith("azure://");
    }
}
