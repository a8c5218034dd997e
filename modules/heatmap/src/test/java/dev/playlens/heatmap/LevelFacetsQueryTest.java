package dev.playlens.heatmap;

import dev.playlens.core.job.JobContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LevelFacetsQueryTest extends DuckDbTestBase {

    @Test
    void listsTheLevelsEventTypesAndVersions() throws Exception {
        LevelFacets erangel = new LevelFacetsQuery().run(connection, "ERANGEL", JobContext.silent());
        assertThat(erangel.eventTypes()).containsExactly("player_death");
        assertThat(erangel.appVersions()).containsExactly("even", "odd");
        assertThat(erangel.events()).isEqualTo(pubg.stream().filter(r -> r.levelId().equals("ERANGEL")).count());

        LevelFacets seedLevel = new LevelFacetsQuery().run(connection, "test_level", JobContext.silent());
        assertThat(seedLevel.appVersions()).containsExactly("1.0.0");
        assertThat(seedLevel.events()).isEqualTo(642);
        assertThat(new LevelFacetsQuery().run(connection, "nope", JobContext.silent()).eventTypes()).isEmpty();
    }
}
