package dev.playlens.app.shell;

import javafx.scene.Node;
import javafx.scene.control.Menu;

import java.util.List;

/**
 * One screen of the main window (Storage, SQL, Heatmaps, …). The shell shows one at a time and tells it
 * when it becomes visible or hidden, so it can bind, start work and release big resources.
 */
public interface Screen {
    String title();

    /** A one-line description for tooltips and the navigation. */
    String description();

    /** The screen's root node; built once and reused. */
    Node view();

    /** Menus this screen adds to the window's menu bar (after File and View) while its workspace is open. */
    default List<Menu> menus() {
        return List.of();
    }

    default void activate() {
    }

    default void deactivate() {
    }

    /** The workspace is closing: cancel work, release resources. */
    default void close() {
    }
}
