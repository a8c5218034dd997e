package dev.playlens.app.heatmaps;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;

/** Where the screen asks the designer for files; tests answer without a native dialog. */
public interface HeatmapFiles {
    /** A file to export to (PNG or CSV by its extension), or null when cancelled. */
    Path exportTarget(Window owner, String suggestedName);

    /** A level image to add, or null when cancelled. */
    Path levelImage(Window owner);

    /** The platform's file choosers. */
    static HeatmapFiles dialogs() {
        return new HeatmapFiles() {
            @Override
            public Path exportTarget(Window owner, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Export heatmap");
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG figure", "*.png"),
                        new FileChooser.ExtensionFilter("Bins as CSV", "*.csv"));
                File f = chooser.showSaveDialog(owner);
                return f == null ? null : f.toPath();
            }

            @Override
            public Path levelImage(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Add a level image");
                chooser.getExtensionFilters().add(
                        new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
                File f = chooser.showOpenDialog(owner);
                return f == null ? null : f.toPath();
            }
        };
    }
}
