package dev.playlens.demo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoSpecTest {
    @Test
    void defaultsAreTheDemoWorkspace() {
        assertThat(DemoSpec.defaults()).isEqualTo(new DemoSpec(20_000, 30, 7L, LocalDate.of(2026, 9, 1)));
    }

    @Test
    void rejectsNonsenseWithTheFieldName() {
        assertThatThrownBy(() -> new DemoSpec(0, 30, 7L, LocalDate.of(2026, 9, 1))).hasMessageContaining("players");
        assertThatThrownBy(() -> new DemoSpec(10, 0, 7L, LocalDate.of(2026, 9, 1))).hasMessageContaining("days");
        assertThatThrownBy(() -> new DemoSpec(10, 3, 7L, null)).hasMessageContaining("startDate");
    }
}
