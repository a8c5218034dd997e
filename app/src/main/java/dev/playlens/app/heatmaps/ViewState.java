package dev.playlens.app.heatmaps;

import dev.playlens.heatmap.render.PixelWindow;

/**
 * Where the designer looks, in level-image pixels: the image point at the centre of a panel and the zoom
 * relative to "whole image fits the panel" (1). Independent of the panel size, so resizing the window or
 * switching to side by side keeps the same spot in view.
 */
public record ViewState(double centerX, double centerY, double zoom) {
    public static final double MAX_ZOOM = 64;

    public static ViewState whole(int imageWidth, int imageHeight) {
        return new ViewState(imageWidth / 2.0, imageHeight / 2.0, 1);
    }

    /** Screen pixels per image pixel in a panel of the given size. */
    public double scale(int imageWidth, int imageHeight, double panelWidth, double panelHeight) {
        return Math.min(panelWidth / imageWidth, panelHeight / imageHeight) * zoom;
    }

    /** The pixel window a panel of the given size shows. */
    public PixelWindow window(int imageWidth, int imageHeight, int panelWidth, int panelHeight) {
        double s = scale(imageWidth, imageHeight, panelWidth, panelHeight);
        return new PixelWindow(centerX - panelWidth / 2.0 / s, centerY - panelHeight / 2.0 / s, s, panelWidth,
                panelHeight);
    }

    /** Zoomed by {@code factor} keeping the image point under panel point (px, py) fixed. */
    public ViewState zoomedAt(double factor, double px, double py, int imageWidth, int imageHeight,
                              double panelWidth, double panelHeight) {
        double z = Math.max(1, Math.min(MAX_ZOOM, zoom * factor));
        double s0 = scale(imageWidth, imageHeight, panelWidth, panelHeight);
        double s1 = s0 * z / zoom;
        // the image point under the cursor: centre + (p - half panel) / scale, the same before and after
        double ix = centerX + (px - panelWidth / 2) / s0;
        double iy = centerY + (py - panelHeight / 2) / s0;
        ViewState next = new ViewState(ix - (px - panelWidth / 2) / s1, iy - (py - panelHeight / 2) / s1, z);
        return z == 1 ? whole(imageWidth, imageHeight) : next.clamped(imageWidth, imageHeight);
    }

    /** Moved by a drag of (dx, dy) screen pixels; the centre stays on the image. */
    public ViewState panned(double dx, double dy, int imageWidth, int imageHeight, double panelWidth,
                            double panelHeight) {
        double s = scale(imageWidth, imageHeight, panelWidth, panelHeight);
        return new ViewState(centerX - dx / s, centerY - dy / s, zoom).clamped(imageWidth, imageHeight);
    }

    private ViewState clamped(int imageWidth, int imageHeight) {
        return new ViewState(Math.max(0, Math.min(imageWidth, centerX)), Math.max(0, Math.min(imageHeight, centerY)),
                zoom);
    }
}
