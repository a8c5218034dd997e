package dev.playlens.app.heatmaps;

import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A level in the level picker: a thumbnail of its image and its name. Thumbnails load in the background. */
final class LevelCell extends ListCell<LevelMap> {
    private static final double THUMB = 36;
    private final Map<Path, Image> thumbnails;
    private final ImageView view = new ImageView();

    LevelCell(Map<Path, Image> thumbnails) {
        this.thumbnails = thumbnails;
        view.setFitWidth(THUMB);
        view.setFitHeight(THUMB);
        view.setPreserveRatio(true);
    }

    static Map<Path, Image> cache() {
        return new HashMap<>();
    }

    @Override
    protected void updateItem(LevelMap level, boolean empty) {
        super.updateItem(level, empty);
        if (empty || level == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(level.name());
        Path image = level.image();
        if (image == null) {
            setGraphic(null);
            return;
        }
        // Image's own background loading: the picker never waits for a file
        view.setImage(thumbnails.computeIfAbsent(image,
                p -> new Image(p.toUri().toString(), THUMB * 2, THUMB * 2, true, true, true)));
        setGraphic(view);
    }
}
