package dev.playlens.heatmap.calibration;

/** A point known both on the image (pixels, y down) and in the world, for fitting a calibration. */
public record ReferencePoint(double imageX, double imageY, double worldX, double worldY) {
    public ReferencePoint {
        if (!Double.isFinite(imageX + imageY + worldX + worldY)) {
            throw new IllegalArgumentException("reference point has a non-finite coordinate: "
                    + imageX + "," + imageY + " <-> " + worldX + "," + worldY);
        }
    }
}
