package dev.playlens.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the S3Proxy jar-with-dependencies. The test-support build downloads it into the local Maven repository
 * (maven-dependency-plugin) and records its path in build.properties; the fallbacks cover a moved repository.
 */
final class S3ProxyJar {
    private S3ProxyJar() {
    }

    static Path locate() {
        String version = BuildProperties.get("s3proxy.version").orElse("4.1.0");
        String relative = "org/gaul/s3proxy/" + version + "/s3proxy-" + version + "-jar-with-dependencies.jar";
        List<Path> candidates = new ArrayList<>();
        String explicit = System.getProperty("playlens.s3proxy.jar", System.getenv("PLAYLENS_S3PROXY_JAR"));
        if (explicit != null) candidates.add(Path.of(explicit));
        BuildProperties.get("s3proxy.jar").ifPresent(recorded -> candidates.add(Path.of(recorded)));
        String repoLocal = System.getProperty("maven.repo.local");
        if (repoLocal != null) candidates.add(Path.of(repoLocal, relative));
        candidates.add(Path.of(System.getProperty("user.home"), ".m2", "repository", relative));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) return candidate;
        }
        throw new MissingTestDependencyException("S3Proxy " + version + " (looked for " + candidates + ")",
                "build modules/test-support once online (mvn install -pl modules/test-support downloads "
                        + "org.gaul:s3proxy:" + version + ":jar-with-dependencies) or set -Dplaylens.s3proxy.jar=PATH");
    }
}
