package dev.playlens.demo.sim;

import dev.playlens.demo.level.Calibration;
import dev.playlens.demo.level.DeathSampler;
import dev.playlens.demo.level.DemoLevels;
import dev.playlens.demo.level.LevelDesign;

import java.util.List;

/**
 * The read-only rules of the demo game shared by all simulation threads: the calendar, and per level
 * and version its design and death sampler.
 */
public final class GameWorld {
    public static final String APP_NAME = "emberfall";
    /** Median seconds an attempt takes, per level in play order. */
    private static final double[] ATTEMPT_SECONDS = {150, 210, 280};

    private final DemoCalendar calendar;
    private final List<String> levelIds;
    private final DeathSampler[] v10;
    private final DeathSampler[] v11;

    public GameWorld(DemoCalendar calendar) {
        this.calendar = calendar;
        this.levelIds = DemoLevels.IDS;
        this.v10 = DemoLevels.designs("1.0").stream().map(DeathSampler::new).toArray(DeathSampler[]::new);
        this.v11 = DemoLevels.designs("1.1").stream().map(DeathSampler::new).toArray(DeathSampler[]::new);
    }

    public DemoCalendar calendar() {
        return calendar;
    }

    public int levelCount() {
        return levelIds.size();
    }

    public String levelId(int level) {
        return levelIds.get(level);
    }

    DeathSampler sampler(int level, String version) {
        return ("1.0".equals(version) ? v10 : v11)[level];
    }

    LevelDesign design(int level, String version) {
        return sampler(level, version).design();
    }

    Calibration calibration(int level) {
        return v11[level].design().calibration();
    }

    double attemptSeconds(int level) {
        return ATTEMPT_SECONDS[level];
    }
}
