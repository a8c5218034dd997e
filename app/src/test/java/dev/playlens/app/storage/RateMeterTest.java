package dev.playlens.app.storage;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RateMeterTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void speedIsBytesOverTheWindowAndEtaIsWhatIsLeftAtThatSpeed() {
        RateMeter meter = new RateMeter(Duration.ofSeconds(5));
        assertThat(meter.bytesPerSecond()).isZero();
        assertThat(meter.eta(1000)).isEmpty();
        meter.sample(0, 0);
        meter.sample(2 * SECOND, 4_000_000);
        assertThat(meter.bytesPerSecond()).isEqualTo(2_000_000.0);
        // 10 MB total, 4 MB done, 2 MB/s: 3 s left
        assertThat(meter.eta(10_000_000)).contains(Duration.ofSeconds(3));
    }

    @Test
    void oldSamplesLeaveTheWindowSoTheSpeedFollowsTheNetwork() {
        RateMeter meter = new RateMeter(Duration.ofSeconds(5));
        meter.sample(0, 0);
        meter.sample(5 * SECOND, 50_000_000); // 10 MB/s at first
        for (int s = 6; s <= 20; s++) meter.sample(s * SECOND, 50_000_000 + (s - 5) * 1_000_000L); // then 1 MB/s
        assertThat(meter.bytesPerSecond()).isEqualTo(1_000_000.0);
    }

    @Test
    void fewerBytesThanBeforeMeansARerunAndStartsOver() {
        RateMeter meter = new RateMeter(Duration.ofSeconds(5));
        meter.sample(0, 0);
        meter.sample(SECOND, 9_000_000);
        meter.sample(2 * SECOND, 1_000);
        assertThat(meter.bytesPerSecond()).isZero();
        meter.sample(3 * SECOND, 501_000);
        assertThat(meter.bytesPerSecond()).isEqualTo(500_000.0);
    }

    @Test
    void etaEdgeCases() {
        assertThat(RateMeter.eta(10, 10, 0)).contains(Duration.ZERO);
        assertThat(RateMeter.eta(0, 10, 0)).isEmpty();
        assertThat(RateMeter.eta(0, -1, 100)).isEmpty();
        assertThat(RateMeter.eta(0, 1500, 1000)).contains(Duration.ofMillis(1500));
    }

    @Test
    void formatsBytesSpeedsAndTimesLeft() {
        assertThat(RateMeter.formatBytes(512)).isEqualTo("512 B");
        assertThat(RateMeter.formatBytes(1_500)).isEqualTo("1.5 KB");
        assertThat(RateMeter.formatBytes(12_345_678)).isEqualTo("12.3 MB");
        assertThat(RateMeter.formatSpeed(2_000_000_000)).isEqualTo("2.0 GB/s");
        assertThat(RateMeter.formatEta(Optional.of(Duration.ofSeconds(3)))).isEqualTo("0:03");
        assertThat(RateMeter.formatEta(Optional.of(Duration.ofMillis(247_200)))).isEqualTo("4:08");
        assertThat(RateMeter.formatEta(Optional.of(Duration.ofSeconds(3909)))).isEqualTo("1:05:09");
        assertThat(RateMeter.formatEta(Optional.empty())).isEqualTo("–");
    }
}
