package dev.playlens.publish.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where finished prediction files go. The storage module's ObjectStore (S3, Azure Blob) plugs in here; until the
 * app wires it, {@link #localFolder} commits by an atomic rename inside a local folder (a folder used as a bucket).
 */
@FunctionalInterface
public interface FileStore {

    /** Publishes a complete local file under {@code key} so that readers see the whole file or the previous one. */
    void commit(Path completeFile, String key) throws IOException;

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
