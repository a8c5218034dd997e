package dev.playlens.heatmap.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playlens.core.level.WorldRect;
import dev.playlens.testsupport.RealData;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** World → image mappings checked against realdata/calibration.json and the seed pipeline's formula. */
class CalibrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void seedPipelineCalibrationIsPixelEqualsWorldMinusCentrePlusHalf() {
        double cx = 503.245239, cy = 748.971008;
        Calibration cal = Calibration.of(new WorldRect(cx - 256, cy - 256, cx + 256, cy + 256, false), 512, 512);
        // the pipeline's script: pixel = world - (centre - 256), image y down
        for (double[] p : new double[][]{{413.284, 636.826016}, {cx, cy}, {326.7, 871.8}}) {
            assertThat(cal.imageX(p[0], p[1])).isCloseTo(p[0] - (cx - 256), within(1e-9));
            assertThat(cal.imageY(p[0], p[1])).isCloseTo(p[1] - (cy - 256), within(1e-9));
        }
        Calibration back = cal.inverse();
        assertThat(back.imageX(cal.imageX(400, 700), cal.imageY(400, 700))).isCloseTo(400, within(1e-9));
        assertThat(back.imageY(cal.imageX(400, 700), cal.imageY(400, 700))).isCloseTo(700, within(1e-9));
    }

    @Test
    void pubgCalibrationFollowsTheDocumentedFormula() throws Exception {
        JsonNode pubg = JSON.readTree(RealData.file("calibration.json").toFile()).path("pubg");
        double extent = pubg.path("world_extent_cm").path("ERANGEL").asDouble();
        int size = pubg.path("images").path("Erangel_Main_Low_Res.png").get(0).asInt();
        Calibration cal = Calibration.of(new WorldRect(0, 0, extent, extent, false), size, size);
        // px = x / 816000 * imgWidth ; py = y / 816000 * imgHeight (no flip)
        assertThat(cal.imageX(408000, 100000)).isCloseTo(408000 / extent * size, within(1e-9));
        assertThat(cal.imageY(408000, 100000)).isCloseTo(100000 / extent * size, within(1e-9));
    }

    @Test
    void csgoRadarFlipsWorldYAndAgreesWithAwpyForEveryNavArea() throws Exception {
        JsonNode dust2 = JSON.readTree(RealData.file("calibration.json").toFile())
                .path("csgo").path("maps").path("de_dust2");
        double posX = dust2.path("pos_x").asDouble(), posY = dust2.path("pos_y").asDouble();
        double scale = dust2.path("scale").asDouble();
        // (x0, y0) is the bottom-left corner when flipY: the radar's top edge is world y = pos_y
        WorldRect world = new WorldRect(posX, posY - 1024 * scale, posX + 1024 * scale, posY, true);
        Calibration cal = Calibration.of(world, 1024, 1024);

        BufferedImage radar = ImageIO.read(RealData.file("csgo/de_dust2.png").toFile());
        List<double[]> centroids = navCentroids();
        assertThat(centroids).hasSize(2248);
        int onMap = 0, onMapUnflipped = 0;
        for (double[] c : centroids) {
            double px = cal.imageX(c[0], c[1]), py = cal.imageY(c[0], c[1]);
            // awpy position_transform: px = (x - pos_x) / scale ; py = (pos_y - y) / scale
            assertThat(px).isCloseTo((c[0] - posX) / scale, within(1e-9));
            assertThat(py).isCloseTo((posY - c[1]) / scale, within(1e-9));
            if (walkable(radar, px, py)) onMap++;
            if (walkable(radar, px, (c[1] - (posY - 1024 * scale)) / scale)) onMapUnflipped++;
        }
        // the nav mesh is the walkable floor: nearly all centroids fall on the drawn map, and not without the flip
        assertThat(onMap).isGreaterThan((int) (0.97 * centroids.size()));
        assertThat(onMapUnflipped).isLessThan((int) (0.80 * centroids.size()));
    }

    @Test
    void fitRecoversTheCalibrationFromReferencePoints() throws Exception {
        double posX = -2476, posY = 3239, scale = 4.4;
        List<ReferencePoint> points = new ArrayList<>();
        List<double[]> centroids = navCentroids();
        for (int i = 0; i < centroids.size(); i += 150) {
            double[] c = centroids.get(i);
            points.add(new ReferencePoint((c[0] - posX) / scale, (posY - c[1]) / scale, c[0], c[1]));
        }
        CalibrationFit fit = CalibrationFit.fit(points);
        Calibration expected = Calibration.of(new WorldRect(posX, posY - 1024 * scale, posX + 1024 * scale, posY, true),
                1024, 1024);
        assertThat(fit.rms()).isLessThan(1e-9);
        assertThat(fit.residuals()).hasSize(points.size());
        assertThat(fit.calibration().a()).isCloseTo(expected.a(), within(1e-12));
        assertThat(fit.calibration().e()).isCloseTo(expected.e(), within(1e-12));
        assertThat(fit.calibration().c()).isCloseTo(expected.c(), within(1e-9));
        assertThat(fit.calibration().f()).isCloseTo(expected.f(), within(1e-9));
        assertThat(fit.calibration().b()).isCloseTo(0, within(1e-12));
    }

    @Test
    void fitReportsResidualsOfImperfectPoints() {
        // the seed calibration (pixel = world - 247.245239 / 492.971008) with one point clicked 3 px off
        double ox = 247.245239, oy = 492.971008;
        List<ReferencePoint> points = List.of(
                new ReferencePoint(100, 100, 100 + ox, 100 + oy),
                new ReferencePoint(400, 120, 400 + ox, 120 + oy),
                new ReferencePoint(250, 450, 250 + ox, 450 + oy),
                new ReferencePoint(60 + 3, 380, 60 + ox, 380 + oy));
        CalibrationFit fit = CalibrationFit.fit(points);
        assertThat(fit.max()).isGreaterThan(0.5).isLessThan(3);
        assertThat(fit.rms()).isGreaterThan(0.3).isLessThan(fit.max());
        assertThat(fit.calibration().imageX(250 + ox, 250 + oy)).isCloseTo(250, within(2.0));
    }

    @Test
    void collinearOrTooFewPointsAreRejectedWithAClearMessage() {
        List<ReferencePoint> line = List.of(new ReferencePoint(0, 0, 0, 0), new ReferencePoint(10, 10, 10, 10),
                new ReferencePoint(25, 25, 25, 25), new ReferencePoint(40, 40, 40, 40));
        assertThatThrownBy(() -> CalibrationFit.fit(line)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("collinear");
        List<ReferencePoint> flatImage = List.of(new ReferencePoint(0, 5, 0, 0), new ReferencePoint(10, 5, 10, 0),
                new ReferencePoint(20, 5, 0, 10));
        assertThatThrownBy(() -> CalibrationFit.fit(flatImage)).hasMessageContaining("image positions are collinear");
        assertThatThrownBy(() -> CalibrationFit.fit(line.subList(0, 2))).hasMessageContaining("at least 3");
    }

    private static List<double[]> navCentroids() throws Exception {
        JsonNode areas = JSON.readTree(RealData.file("csgo/awpy_tests_de_dust2_nav.json").toFile()).path("areas");
        List<double[]> out = new ArrayList<>();
        for (JsonNode area : areas) {
            double x = 0, y = 0;
            for (JsonNode corner : area.path("corners")) {
                x += corner.path("x").asDouble();
                y += corner.path("y").asDouble();
            }
            int n = area.path("corners").size();
            out.add(new double[]{x / n, y / n});
        }
        return out;
    }

    /** The radar's floor is grey; outside the map it is near black. */
    private static boolean walkable(BufferedImage img, double px, double py) {
        int x = (int) Math.floor(px), y = (int) Math.floor(py);
        if (x < 0 || y < 0 || x >= img.getWidth() || y >= img.getHeight()) return false;
        int rgb = img.getRGB(x, y);
        int max = Math.max((rgb >> 16) & 255, Math.max((rgb >> 8) & 255, rgb & 255));
        return max >= 40;
    }
}
