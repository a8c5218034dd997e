package dev.playlens.heatmap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The bins as CSV, per the CLI contract: square grids {@code x_index,y_index,value}, hex grids
 * {@code center_x,center_y,value} (world coordinates). Only non-zero bins, in row order (y, then x), so the
 * same grid always gives the same bytes. Numbers are plain decimals (no exponent), integers without ".0".
 */
public final class BinCsv {

    public void write(BinGrid grid, Writer out) throws IOException {
        BinLayout layout = grid.layout();
        out.write(layout instanceof SquareLayout ? "x_index,y_index,value\n" : "center_x,center_y,value\n");
        for (int cell = 0; cell < grid.cellCount(); cell++) {
            double v = grid.value(cell);
            if (v == 0) continue;
            if (layout instanceof SquareLayout sq) {
                out.write(sq.xIndexOfCell(cell) + "," + sq.yIndexOfCell(cell) + "," + number(v) + "\n");
            } else {
                out.write(number(layout.centerX(cell)) + "," + number(layout.centerY(cell)) + "," + number(v) + "\n");
            }
        }
    }

    /** Writes through a temporary file and a rename, so a failure leaves an existing file intact. */
    public void write(BinGrid grid, Path file) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    write(grid, w);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write bins CSV " + file + ": " + e.getMessage(), e);
        }
    }

    /** Shortest round-trip decimal, without exponent: 12, 0.5, 816000, 0.000125. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
