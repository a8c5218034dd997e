package dev.playlens.ml.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The model registry folder (the workspace's {@code models/}): {@code NAME/VERSION/model.bin} (Java
 * serialisation of {@link ModelArtifact}), {@code NAME/VERSION/model.json} ({@link ModelMetadata}) and
 * {@code NAME/current} (the current version number). A version is written under a temporary name and renamed
 * into place, then the pointer is replaced atomically, so a crash never leaves a half-written version current.
 */
public final class ModelRegistry {
    public static final String ARTIFACT = "model.bin";
    public static final String METADATA = "model.json";
    public static final String CURRENT = "current";
    /** Only our own classes, Smile's and the JDK's may be deserialised from model.bin. */
    private static final ObjectInputFilter FILTER =
            ObjectInputFilter.Config.createFilter("dev.playlens.**;smile.**;java.**;[*;maxdepth=200;!*");

    private final Path root;
    private final RegistryMirror mirror;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ModelRegistry(Path root, RegistryMirror mirror, Clock clock) {
        this.root = root;
        this.mirror = mirror;
        this.clock = clock;
    }

    public ModelRegistry(Path root) {
        this(root, RegistryMirror.NONE, Clock.systemUTC());
    }

    public Path root() {
        return root;
    }

    /** Saves a new version (highest + 1), makes it current, and returns its number. */
    @SuppressWarnings("try") // the FileLock is held for the block, never read
    public int save(String name, ModelArtifact artifact, ModelMetadata metadata) {
        ModelRef.validateName(name);
        Path dir = root.resolve(name);
        try {
            Files.createDirectories(dir);
            int version;
            try (FileChannel lockFile = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
                version = versions(name).stream().max(Integer::compare).orElse(0) + 1;
                Path tmp = Files.createTempDirectory(dir, ".saving-");
                try (OutputStream out = Files.newOutputStream(tmp.resolve(ARTIFACT));
                     ObjectOutputStream oos = new ObjectOutputStream(out)) {
                    oos.writeObject(artifact);
                }
                json.writeValue(tmp.resolve(METADATA).toFile(), metadata.withVersion(name, version, clock.instant()));
                Files.move(tmp, dir.resolve(Integer.toString(version)), StandardCopyOption.ATOMIC_MOVE);
                setCurrent(name, version);
            }
            try {
                mirror.versionSaved(name, version, dir.resolve(Integer.toString(version)));
            } catch (Exception e) {
                throw new IllegalStateException("model " + name + ":" + version + " saved locally, but mirroring failed: "
                        + e.getMessage(), e);
            }
            return version;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save model " + name + " under " + dir + ": " + e.getMessage(), e);
        }
    }

    public void setCurrent(String name, int version) throws IOException {
        Path dir = root.resolve(name);
        if (!Files.isDirectory(dir.resolve(Integer.toString(version)))) {
            throw new IllegalArgumentException("no model " + name + ":" + version + " in " + root);
        }
        Path tmp = dir.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, Integer.toString(version));
        Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public List<String> names() throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith("."))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    public List<Integer> versions(String name) throws IOException {
        Path dir = root.resolve(name);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+")).map(Integer::parseInt)
                    .sorted().toList();
        }
    }

    /** Every version of every model, for {@code playlens models list}. */
    public List<ModelMetadata> list() throws IOException {
        List<ModelMetadata> out = new ArrayList<>();
        for (String name : names()) for (int v : versions(name)) out.add(show(new ModelRef(name, v)));
        out.sort(Comparator.comparing(ModelMetadata::name).thenComparing(ModelMetadata::version));
        return out;
    }

    /** The version a reference points at: its own, or the name's current pointer. */
    public int resolve(ModelRef ref) throws IOException {
        if (ref.version() != null) {
            if (!Files.isDirectory(root.resolve(ref.name()).resolve(ref.version().toString()))) {
                throw new IllegalArgumentException("no model " + ref + " in " + root + " (versions: " + versions(ref.name()) + ")");
            }
            return ref.version();
        }
        Path current = root.resolve(ref.name()).resolve(CURRENT);
        if (!Files.exists(current)) throw new IllegalArgumentException("no model named " + ref.name() + " in " + root);
        return Integer.parseInt(Files.readString(current).strip());
    }

    public int currentVersion(String name) throws IOException {
        return resolve(new ModelRef(name, null));
    }

    public ModelMetadata show(ModelRef ref) throws IOException {
        int v = resolve(ref);
        return json.readValue(versionDir(ref.name(), v).resolve(METADATA).toFile(), ModelMetadata.class);
    }

    public LoadedModel load(ModelRef ref) throws IOException {
        int v = resolve(ref);
        Path file = versionDir(ref.name(), v).resolve(ARTIFACT);
        try (InputStream in = Files.newInputStream(file); ObjectInputStream ois = new ObjectInputStream(in)) {
            ois.setObjectInputFilter(FILTER);
            return new LoadedModel(show(new ModelRef(ref.name(), v)), (ModelArtifact) ois.readObject());
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public Path versionDir(String name, int version) {
        return root.resolve(name).resolve(Integer.toString(version));
    }
}
