package dev.playlens.app.services;

import dev.playlens.core.job.JobContext;
import dev.playlens.core.level.Level;
import dev.playlens.core.sql.GameEvents;
import dev.playlens.heatmap.BinGrid;
import dev.playlens.heatmap.BinQueryRunner;
import dev.playlens.heatmap.HeatmapQuery;
import dev.playlens.heatmap.calibration.Calibration;
import dev.playlens.heatmap.render.ColorMap;
import dev.playlens.heatmap.render.HeatStyle;
import dev.playlens.heatmap.render.HeatmapRenderer;
import dev.playlens.heatmap.render.PixelWindow;
import dev.playlens.warehouse.Warehouse;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Heatmaps for the GUI: bins computed in the warehouse by the heatmap module, drawn over the level image with
 * a title and a legend. Filter choices come from small parameterised DISTINCT queries.
 */
public final class WarehouseHeatmapService implements HeatmapService {
    private final Warehouse warehouse;
    private final Function<Level, Path> levelImages;
    private final BinQueryRunner runner = new BinQueryRunner();
    private final HeatmapRenderer renderer = new HeatmapRenderer();

    public WarehouseHeatmapService(Warehouse warehouse, Function<Level, Path> levelImages) {
        this.warehouse = warehouse;
        this.levelImages = levelImages;
    }

    @Override
    public HeatmapChoices choices(Level level, JobContext ctx) throws SQLException {
        try (Connection c = warehouse.connect()) {
            List<String> types = distinct(c, GameEvents.EVENT_TYPE, level.id(), true);
            ctx.checkCancelled();
            List<String> versions = distinct(c, GameEvents.APP_VERSION, level.id(), false);
            return new HeatmapChoices(types, versions);
        }
    }

    /** Distinct non-null values of a column on a level; event types only where positions exist (heat needs them). */
    private static List<String> distinct(Connection c, String column, String levelId, boolean positioned) throws SQLException {
        String sql = "SELECT DISTINCT " + column + " FROM " + GameEvents.TABLE + " WHERE " + GameEvents.LEVEL_ID + " = ? AND "
                + column + " IS NOT NULL" + (positioned ? " AND " + GameEvents.POSITION_X + " IS NOT NULL" : "")
                + " ORDER BY 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, levelId);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rs.next()) values.add(rs.getString(1));
                return values;
            }
        }
    }

    @Override
    public RenderedHeatmap render(HeatmapRequest request, JobContext ctx) throws Exception {
        Level level = request.level();
        HeatmapQuery query = HeatmapQuery.of(level.id(), level.world())
                .withEventTypes(List.of(request.eventType()))
                .withAppVersions(request.version() == null ? List.of() : List.of(request.version()))
                .withBins(dev.playlens.heatmap.BinShape.SQUARE, request.binSize());
        BinGrid grid;
        try (Connection c = warehouse.connect()) {
            grid = runner.run(c, warehouse.engine(), query, ctx);
        }
        ctx.checkCancelled();
        ctx.progress(1, 2, "drawing");
        Path imageFile = levelImages.apply(level);
        BufferedImage base = imageFile != null && Files.isRegularFile(imageFile) ? HeatmapRenderer.readImage(imageFile) : null;
        int width = base != null ? base.getWidth() : level.width();
        int height = base != null ? base.getHeight() : level.height();
        HeatStyle style = HeatStyle.defaults()
                .withColorMap(ColorMap.parse(request.colorMap() == null ? colorMaps().getFirst() : request.colorMap()))
                .withOpacity(Math.max(0, Math.min(1, request.opacity())));
        List<String> title = List.of(level.name() + " — " + request.eventType(),
                String.format(Locale.ROOT, "%s · %,d events · bins of %s world units",
                        request.version() == null ? "all versions" : "version " + request.version(),
                        grid.stats().binnedEvents(), trim(request.binSize())));
        BufferedImage figure = renderer.figure(grid, Calibration.of(level.world(), width, height), base,
                PixelWindow.full(width, height), style, title);
        ctx.progress(2, 2, "done");
        return new RenderedHeatmap(figure.getWidth(), figure.getHeight(), HeatmapRenderer.argb(figure),
                grid.stats().binnedEvents());
    }

    @Override
    public List<String> colorMaps() {
        // Sequential maps only (a diverging map is for differences); inferno first: it reads well over a map.
        List<String> names = new ArrayList<>(List.of(ColorMap.INFERNO.id()));
        for (ColorMap m : ColorMap.values()) {
            if (!m.isDiverging() && m != ColorMap.INFERNO) names.add(m.id());
        }
        return names;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
