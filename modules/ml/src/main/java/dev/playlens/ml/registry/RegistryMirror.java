package dev.playlens.ml.registry;

import java.nio.file.Path;

/**
 * The seam for pushing registry folders elsewhere (S3 / Azure Blob, from the storage module). Called after a
 * version is fully written and the current pointer moved; a failure is reported but never undoes the local save.
 */
@FunctionalInterface
public interface RegistryMirror {

    void versionSaved(String name, int version, Path versionDir) throws Exception;

    RegistryMirror NONE = (name, version, dir) -> {
    };
}
