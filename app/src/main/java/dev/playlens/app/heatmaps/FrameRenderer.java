package dev.playlens.app.heatmaps;

import dev.playlens.app.services.HeatmapService;
import dev.playlens.core.job.JobContext;
import dev.playlens.heatmap.BinGrid;
import dev.playlens.heatmap.HeatmapDiff;
import dev.playlens.heatmap.HeatmapQuery;
import dev.playlens.heatmap.Viewport;
import dev.playlens.heatmap.calibration.Calibration;
import dev.playlens.heatmap.render.ColorMap;
import dev.playlens.heatmap.render.HeatStyle;
import dev.playlens.heatmap.render.HeatmapRenderer;
import dev.playlens.heatmap.render.PixelWindow;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The render job's work, off the UI thread: bins the visible part of the level in the warehouse (finer when
 * zoomed in), then draws each panel at the panel's pixel size over the muted level image. The cost on the UI
 * thread afterwards is one pixel copy per panel, whatever the number of bins.
 */
public final class FrameRenderer {
    /** Space between the two panels of side-by-side mode, in screen pixels. */
    public static final int GAP = 8;

    private final HeatmapService service;
    private final HeatmapRenderer renderer = new HeatmapRenderer();
    private final Map<Path, BufferedImage> images = new ConcurrentHashMap<>();

    public FrameRenderer(HeatmapService service) {
        this.service = service;
    }

    /** What to draw and on how many screen pixels (the whole canvas; side by side splits it). */
    public record Request(LevelMap level, HeatmapSettings settings, ViewState view, int canvasWidth,
                          int canvasHeight) {
    }

    public HeatmapFrame render(Request r, JobContext ctx) throws Exception {
        BufferedImage base = image(r.level().image());
        int iw = base != null ? base.getWidth() : r.level().level().width();
        int ih = base != null ? base.getHeight() : r.level().level().height();
        HeatmapSettings s = r.settings();
        int panels = s.mode() == CompareMode.SIDE_BY_SIDE ? 2 : 1;
        int pw = Math.max(1, (r.canvasWidth() - GAP * (panels - 1)) / panels);
        int ph = Math.max(1, r.canvasHeight());
        Calibration cal = r.level().toImage(iw, ih);
        PixelWindow window = r.view().window(iw, ih, pw, ph);
        Viewport visible = HeatmapRequests.visibleWorld(r.level().level().world(), cal, window);
        double bin = HeatmapRequests.binSize(s.binSize(), r.view().zoom(),
                visible != null ? visible : Viewport.of(r.level().level().world()));
        HeatmapQuery query = HeatmapRequests.query(r.level(), s, visible, bin, s.versionsA());
        HeatStyle style = HeatStyle.defaults().withColorMap(s.colorMap()).withScale(s.scale())
                .withOpacity(Math.max(0, Math.min(1, s.opacity())));
        if (s.mode() == CompareMode.OFF) {
            BinGrid grid = service.bins(query, ctx);
            ctx.checkCancelled();
            int[] argb = draw(grid, cal, base, window, style);
            return new HeatmapFrame(r.level(), s, r.view(), query, cal, iw, ih, window, grid, null, style,
                    List.of(new HeatmapFrame.Panel(versionTitle("", s.versionsA()), grid, argb)),
                    HeatmapFrame.Legend.of(grid, style));
        }
        HeatmapDiff diff = service.diff(query, s.versionsA(),
                s.versionsB(), ctx);
        ctx.checkCancelled();
        if (s.mode() == CompareMode.DIFF) {
            HeatStyle diverging = style.withColorMap(s.colorMap().isDiverging() ? s.colorMap() : ColorMap.RDBU);
            int[] argb = draw(diff.difference(), cal, base, window, diverging);
            return new HeatmapFrame(r.level(), s, r.view(), query, cal, iw, ih, window, diff.a(), diff, diverging,
                    List.of(new HeatmapFrame.Panel("B − A: " + versionTitle("", s.versionsB()) + " minus "
                            + versionTitle("", s.versionsA()), diff.difference(), argb)),
                    HeatmapFrame.Legend.of(diff.difference(), diverging));
        }
        // side by side: one colour scale for both, so equal colours mean equal values
        double max = Math.max(diff.a().max(), diff.b().max());
        HeatStyle shared = max > 0 ? style.withFixedMax(max) : style;
        int[] a = draw(diff.a(), cal, base, window, shared);
        ctx.checkCancelled();
        int[] b = draw(diff.b(), cal, base, window, shared);
        return new HeatmapFrame(r.level(), s, r.view(), query, cal, iw, ih, window, diff.a(), diff, shared,
                List.of(new HeatmapFrame.Panel(versionTitle("A: ", s.versionsA()), diff.a(), a),
                        new HeatmapFrame.Panel(versionTitle("B: ", s.versionsB()), diff.b(), b)),
                HeatmapFrame.Legend.of(diff.a(), shared));
    }

    private int[] draw(BinGrid grid, Calibration cal, BufferedImage base, PixelWindow window, HeatStyle style) {
        return HeatmapRenderer.argb(renderer.composite(grid, cal, base, window, style.withLegend(false)));
    }

    /** The level image, read once per file (null when the level has none). */
    public BufferedImage image(Path file) {
        if (file == null || !Files.isRegularFile(file)) return null;
        return images.computeIfAbsent(file, HeatmapRenderer::readImage);
    }

    /** Forgets a cached image (the file was replaced). */
    public void forget(Path file) {
        if (file != null) images.remove(file);
    }

    static String versionTitle(String prefix, List<String> versions) {
        return prefix + (versions.isEmpty() ? "all versions"
                : (versions.size() == 1 ? "version " : "versions ") + String.join(", ", versions));
    }
}
