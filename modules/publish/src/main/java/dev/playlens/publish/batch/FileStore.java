package dev.playlens.publish.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where finished prediction files go: {@link #localFolder} commits by an atomic rename inside a local folder (a
 * folder used as a bucket); {@link ObjectFileStore} uploads to an S3 or Azure Blob prefix.
 */
@FunctionalInterface
public interface FileStore {

    /**
     * Publishes a complete local file under {@code key} so that readers see the whole file or the previous one.
     * The file is consumed (moved or deleted).
     */
    void commit(Path completeFile, String key) throws IOException;

    /** Fails early, before anything is scored, when the store cannot take files (e.g. a missing bucket). */
    default void check() throws IOException {
    }

    /** Short location text for results and history. */
    default String describe() {
        return "store";
    }

    static FileStore localFolder(Path root) {
        return new FileStore() {
            @Override
            public void commit(Path completeFile, String key) throws IOException {
                Path target = root.resolve(key).normalize();
                if (!target.startsWith(root.normalize())) throw new IllegalArgumentException("key escapes the folder: " + key);
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
                try {
                    Files.move(completeFile, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }

            @Override
            public String describe() {
                return root.toUri().toString();
            }
        };
    }
}
