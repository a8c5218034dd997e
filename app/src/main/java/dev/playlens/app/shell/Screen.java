package dev.playlens.app.shell;

import javafx.scene.Node;

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

    default void activate() {
    }

    default void deactivate() {
    }

    /** The workspace is closing: cancel work, release resources. */
    default void close() {
    }
}
