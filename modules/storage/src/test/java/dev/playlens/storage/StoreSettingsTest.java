package dev.playlens.storage;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link StoreSettings#fromEnvironment} takes from the map it is given. */
class StoreSettingsTest {
    @Test
    void explicitAwsKeysComeFromTheMapOnlyAsAPair() {
        StoreSettings s = StoreSettings.fromEnvironment(Map.of("AWS_ACCESS_KEY_ID", " AKIA1 ", "AWS_SECRET_ACCESS_KEY", "s3cr3t",
                "AWS_ENDPOINT_URL", "http://127.0.0.1:9000", "AWS_REGION", "eu-west-1"));
        assertThat(s.awsAccessKey()).isEqualTo("AKIA1");
        assertThat(s.awsSecretKey()).isEqualTo("s3cr3t");
        assertThat(s.s3Endpoint()).isEqualTo(URI.create("http://127.0.0.1:9000"));
        assertThat(s.awsRegion()).isEqualTo("eu-west-1");
        // half a pair, or none: the SDK's provider chain (profiles, SSO, roles) finds the credentials
        StoreSettings half = StoreSettings.fromEnvironment(Map.of("AWS_ACCESS_KEY_ID", "AKIA1", "AWS_PROFILE", "games"));
        assertThat(half.awsAccessKey()).isNull();
        assertThat(half.awsSecretKey()).isNull();
        assertThat(half.awsProfile()).isEqualTo("games");
        assertThat(StoreSettings.fromEnvironment(Map.of()).awsAccessKey()).isNull();
        // temporary keys need their session token, which the SDK's chain carries along
        StoreSettings temporary = StoreSettings.fromEnvironment(Map.of("AWS_ACCESS_KEY_ID", "ASIA1",
                "AWS_SECRET_ACCESS_KEY", "s3cr3t", "AWS_SESSION_TOKEN", "token"));
        assertThat(temporary.awsAccessKey()).isNull();
        assertThat(temporary.awsSecretKey()).isNull();
    }
}
