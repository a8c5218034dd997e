package dev.playlens.core.level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LevelsFileTest {
    @Test
    void roundTrips(@TempDir Path dir) {
        var levels = List.of(
                new Level("harbor", "Harbor", "levels/harbor.png", 1024, 1024, new WorldRect(0, 0, 2048, 2048, false)),
                new Level("dust", "Dust", "levels/dust.png", 1024, 1024, new WorldRect(-2476, 3239, 2620, -1857, true)));
        Path file = dir.resolve("levels.json");
        LevelsFile.write(file, levels);
        assertThat(LevelsFile.read(file)).isEqualTo(levels);
    }

    @Test
    void rejectsAnEmptyWorld() {
        assertThatThrownBy(() -> new WorldRect(1, 1, 1, 5, false)).hasMessageContaining("non-zero size");
    }
}
