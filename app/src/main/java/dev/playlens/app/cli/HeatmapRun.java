package dev.playlens.app.cli;

import dev.playlens.core.job.JobContext;
import dev.playlens.core.level.WorldRect;
import dev.playlens.heatmap.BinCsv;
import dev.playlens.heatmap.BinGrid;
import dev.playlens.heatmap.BinQueryRunner;
import dev.playlens.heatmap.BinnedGrid;
import dev.playlens.heatmap.BinStats;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The shared steps of {@code heatmap} and {@code heatmap-diff}: bin in the warehouse, write PNG and CSV. */
final class HeatmapRun {
    /** Without --image the heat is drawn on a blank canvas this many pixels on the world's longer side. */
    private static final int BLANK_CANVAS = 1024;

    private HeatmapRun() {
    }

    /**
     * Bins {@code query} on one connection; {@code useRollup} false counts the raw events even where a roll-up
     * could answer.
     */
    static BinnedGrid bin(Warehouse w, HeatmapQuery query, boolean useRollup, JobContext ctx) throws Exception {
        try (Connection c = w.connect()) {
            return new BinQueryRunner(useRollup).runWithSource(c, w.engine(), query, ctx, statement -> { });
        }
    }

    /**
     * Reads the level image (null without --image) and warms the renderer on another thread, so that a fresh
     * JVM does it while the warehouse opens and bins rather than after.
     */
    static CompletableFuture<BufferedImage> preloadImage(HeatmapOptions o) {
        if (o.out == null) return CompletableFuture.completedFuture(null);
        return CompletableFuture.supplyAsync(() -> {
            HeatmapRenderer.warmUp();
            if (o.image == null) return null;
            if (!Files.isRegularFile(o.image)) throw new IllegalArgumentException("--image: " + o.image + " is not a file");
            return HeatmapRenderer.readImage(o.image);
        });
    }

    static void writeOutputs(HeatmapOptions o, BinGrid grid, ColorMap defaultMap, List<String> title,
                             CompletableFuture<BufferedImage> image) {
        if (o.binsCsv != null) new BinCsv().write(grid, o.binsCsv);
        if (o.out == null) return;
        BufferedImage base;
        try {
            base = image.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
        WorldRect world = worldOf(o);
        int width;
        int height;
        if (base != null) {
            width = base.getWidth();
            height = base.getHeight();
        } else {
            double ratio = Math.abs(world.height() / world.width());
            width = ratio <= 1 ? BLANK_CANVAS : (int) Math.round(BLANK_CANVAS / ratio);
            height = ratio <= 1 ? (int) Math.round(BLANK_CANVAS * ratio) : BLANK_CANVAS;
        }
        HeatStyle style = HeatStyle.defaults().withColorMap(o.colormap == null ? defaultMap : ColorMap.parse(o.colormap));
        BufferedImage figure = new HeatmapRenderer().figure(grid, Calibration.of(world, width, height), base,
                PixelWindow.full(width, height), style, title);
        HeatmapRenderer.writePng(figure, o.out);
    }

    private static WorldRect worldOf(HeatmapOptions o) {
        String[] p = o.world.split(",");
        return new WorldRect(Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()),
                Double.parseDouble(p[2].strip()), Double.parseDouble(p[3].strip()), o.flipY);
    }

    static Map<String, Object> statsJson(BinStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("matched_events", s.matchedEvents());
        m.put("binned_events", s.binnedEvents());
        m.put("outside_world", s.outsideViewport());
        m.put("without_position", s.withoutPosition());
        m.put("without_session", s.withoutSession());
        m.put("population", s.population());
        return m;
    }

    static Map<String, Object> gridJson(BinGrid g, HeatmapOptions o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", g.unit());
        m.put("bins", g.cellCount());
        m.put("nonzero_bins", g.nonZeroCount());
        m.put("total", g.total());
        m.put("max", g.isDifference() ? g.maxAbs() : g.max());
        m.put("out", o.out == null ? null : o.out.toAbsolutePath().toString());
        m.put("bins_csv", o.binsCsv == null ? null : o.binsCsv.toAbsolutePath().toString());
        return m;
    }

    static String describeOutputs(HeatmapOptions o) {
        StringBuilder sb = new StringBuilder();
        if (o.out != null) sb.append("; image ").append(o.out);
        if (o.binsCsv != null) sb.append("; bins ").append(o.binsCsv);
        return sb.toString();
    }

}
