package dev.playlens.app.storage;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/**
 * The Storage screen: locations and the folder tree on the left, the folder's objects in the middle, the preview
 * on the right, and the transfer queue and abandoned uploads below.
 */
public final class StorageView extends BorderPane {

    public StorageView(StorageModel model, BrowserController browser, StorageController controller, TransferQueue queue) {
        setId("storage-screen");
        ObjectsPane objects = new ObjectsPane(model, browser, controller);
        LocationsPane locations = new LocationsPane(model, controller, browser, objects);
        PrefixTree tree = new PrefixTree(model, browser);
        SplitPane left = new SplitPane(locations, tree);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.6);

        SplitPane browse = new SplitPane(left, objects, new PreviewPane(model));
        browse.setDividerPositions(0.2, 0.68);

        Tab transfers = new Tab("Transfers", new TransfersPane(queue));
        transfers.setId("storage-tab-transfers");
        Tab abandoned = new Tab("Abandoned uploads", new AbandonedPane(model, controller));
        abandoned.setId("storage-tab-abandoned");
        TabPane tabs = new TabPane(transfers, abandoned);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane main = new SplitPane(browse, tabs);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.62);
        setCenter(main);
    }
}
