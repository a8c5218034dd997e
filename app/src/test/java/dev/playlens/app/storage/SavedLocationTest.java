package dev.playlens.app.storage;

import dev.playlens.app.workspace.JsonFileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SavedLocationTest {
    @TempDir
    Path tmp;

    @Test
    void childUrisFollowTheScheme() {
        assertThat(SavedLocation.of("a", "s3://bucket/raw").child("events/2026/")).isEqualTo("s3://bucket/raw/events/2026/");
        assertThat(SavedLocation.of("b", "azure://container").child("x/")).isEqualTo("azure://container/x/");
        assertThat(SavedLocation.of("c", tmp.toString()).child("x/")).isEqualTo(tmp.resolve("x").toUri().toString());
        assertThat(SavedLocation.of("d", "s3://bucket").child("")).isEqualTo("s3://bucket");
    }

    @Test
    void copiesAreLabelledWithLocationNamesAndFoldersBelowThem() {
        SavedLocation raw = SavedLocation.of("Raw (S3)", "s3://bucket/raw");
        SavedLocation archive = SavedLocation.of("Archive", tmp.toString());
        assertThat(raw.relative("s3://bucket/raw/events/2026/")).isEqualTo("events/2026/");
        assertThat(raw.relative("s3://other/raw/events/")).isEqualTo("s3://other/raw/events/");
        assertThat(archive.relative(archive.child("events/"))).isEqualTo("events/");
        assertThat(archive.relative(archive.uri())).isEmpty();
        assertThat(new TransferSpec(raw, raw.child("events/"), List.of(), archive, archive.child("events/")).label())
                .isEqualTo("Raw (S3) › events/ → Archive › events/");
        assertThat(new TransferSpec(raw, raw.child("day1/"), List.of("a.json", "b.json"), archive, archive.uri()).label())
                .isEqualTo("Raw (S3) › day1/ (2 objects) → Archive");
        assertThat(new TransferSpec(raw, raw.uri(), List.of("a.json"), archive, archive.uri()).label())
                .isEqualTo("Raw (S3) › a.json → Archive");
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> SavedLocation.of("x", "ftp://host/p")).hasMessageContaining("unsupported store URI ftp://host/p");
        assertThatThrownBy(() -> SavedLocation.of(" ", "s3://b")).hasMessageContaining("name");
    }

    @Test
    void locationsRoundTripThroughStorageJsonWithoutSecrets() throws Exception {
        JsonFileStore<StorageSettings> store = new JsonFileStore<>(tmp.resolve(StorageSettings.FILE_NAME), StorageSettings.class, StorageSettings::empty);
        assertThat(store.read().locations()).isEmpty();
        List<SavedLocation> saved = List.of(new SavedLocation("raw", "s3://bucket/raw", "http://127.0.0.1:9000", "eu-west-1"),
                SavedLocation.of("blob", "azure://container/in"));
        store.write(new StorageSettings(saved));
        assertThat(store.read().locations()).isEqualTo(saved);

        StoreConnector connector = new StoreConnector(Map.of("AWS_ACCESS_KEY_ID", "AKIDSECRETLESS", "AWS_SECRET_ACCESS_KEY", "s3cr3t",
                "AZURE_STORAGE_CONNECTION_STRING", "AccountKey=k3y"));
        var settings = connector.settingsFor(saved.getFirst());
        assertThat(settings.s3Endpoint()).hasToString("http://127.0.0.1:9000");
        assertThat(settings.awsRegion()).isEqualTo("eu-west-1");
        assertThat(settings.awsSecretKey()).isEqualTo("s3cr3t");
        String json = Files.readString(store.file());
        assertThat(json).doesNotContain("s3cr3t", "k3y", "AKID");
    }

    @Test
    void beforeTheFirstSaveTheWorkspaceLocationsAndTheDemoBucketAreOffered() throws Exception {
        var settings = new dev.playlens.app.workspace.WorkspaceSettings("Demo", null, null, List.of(),
                List.of(new dev.playlens.app.workspace.WorkspaceSettings.SavedLocation("raw", "s3://game-telemetry/raw"),
                        new dev.playlens.app.workspace.WorkspaceSettings.SavedLocation("broken", "ftp://nope")));
        var ws = dev.playlens.app.workspace.Workspace.create(tmp.resolve("ws"), settings);
        assertThat(StorageScreen.fromWorkspace(ws).locations()).containsExactly(SavedLocation.of("raw", "s3://game-telemetry/raw"));
        Files.createDirectories(ws.dir().resolve("bucket/events"));
        assertThat(StorageScreen.fromWorkspace(ws).locations()).extracting(SavedLocation::name)
                .containsExactly("raw", "Workspace bucket (local)");
    }
}
