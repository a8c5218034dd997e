package dev.playlens.heatmap;

import dev.playlens.core.job.JobContext;
import dev.playlens.core.level.Level;
import dev.playlens.core.sql.Engine;
import dev.playlens.heatmap.calibration.Calibration;
import dev.playlens.heatmap.render.HeatStyle;
import dev.playlens.heatmap.render.HeatmapRenderer;
import dev.playlens.heatmap.render.PixelWindow;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;

/**
 * One call from a level of levels.json to a finished figure: bins in the warehouse, then the level image, heat,
 * title and legend. The GUI and the CLI both use it; for a zoomed view pass a query with a viewport.
 */
public final class LevelHeatmaps {
    private final BinQueryRunner runner;
    private final HeatmapRenderer renderer;

    public LevelHeatmaps(BinQueryRunner runner, HeatmapRenderer renderer) {
        this.runner = runner;
        this.renderer = renderer;
    }

    /** A rendered figure and the grid behind it (for CSV export, stats and hover read-outs). */
    public record Figure(BufferedImage image, BinGrid grid, Calibration calibration) {
        public int[] argb() {
            return HeatmapRenderer.argb(image);
        }
    }

    /**
     * @param levelsDir the folder of levels.json (level images are relative to it); the image is optional: when
     *                  missing the heat is drawn over a neutral background of the level's size
     * @param query     should use {@code level.world()} and {@code level.id()}
     */
    public Figure render(Connection connection, Engine engine, Level level, Path levelsDir, HeatmapQuery query,
                         HeatStyle style, JobContext ctx, Consumer<Statement> onStatement) throws SQLException {
        BinGrid grid = runner.run(connection, engine, query, ctx, onStatement);
        ctx.checkCancelled();
        ctx.progress(1, 1, "drawing " + level.name());
        BufferedImage base = image(level, levelsDir);
        int width = base != null ? base.getWidth() : level.width();
        int height = base != null ? base.getHeight() : level.height();
        Calibration cal = Calibration.of(level.world(), width, height);
        PixelWindow window = query.viewport() == null ? PixelWindow.full(width, height)
                : PixelWindow.zoom(query.viewport(), cal, width, height);
        List<String> title = HeatmapCaption.lines(level.name(), query, grid);
        return new Figure(renderer.figure(grid, cal, base, window, style, title), grid, cal);
    }

    private static BufferedImage image(Level level, Path levelsDir) {
        if (level.image() == null || level.image().isBlank()) return null;
        Path file = levelsDir.resolve(level.image());
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("level '" + level.id() + "': image " + file + " does not exist");
        }
        return HeatmapRenderer.readImage(file);
    }
}
