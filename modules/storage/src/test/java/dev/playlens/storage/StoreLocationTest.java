package dev.playlens.storage;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreLocationTest {

    @Test
    void parsesCloudUrisIntoContainerAndSlashTerminatedPrefix() {
        StoreLocation s3 = StoreLocation.parse("s3://raw-events/events/2017");
        assertThat(s3.scheme()).isEqualTo(StoreLocation.Scheme.S3);
        assertThat(s3.container()).isEqualTo("raw-events");
        assertThat(s3.prefix()).isEqualTo("events/2017/");

        StoreLocation az = StoreLocation.parse("azure://landing");
        assertThat(az.scheme()).isEqualTo(StoreLocation.Scheme.AZURE);
        assertThat(az.container()).isEqualTo("landing");
        assertThat(az.prefix()).isEmpty();
    }

    @Test
    void plainPathsAndFileUrisAreLocalFolders() {
        assertThat(StoreLocation.parse("/tmp/x").localRoot()).isEqualTo(Path.of("/tmp/x"));
        assertThat(StoreLocation.parse("file:/tmp/y").localRoot()).isEqualTo(Path.of("/tmp/y"));
        assertThat(StoreLocation.parse("rel/dir").localRoot()).isEqualTo(Path.of("rel/dir").toAbsolutePath());
    }

    @Test
    void rejectsUnknownSchemesAndMissingBuckets() {
        assertThatThrownBy(() -> StoreLocation.parse("gs://bucket/x")).hasMessageContaining("gs://bucket/x");
        assertThatThrownBy(() -> StoreLocation.parse("s3:///x")).hasMessageContaining("no bucket");
    }
}
