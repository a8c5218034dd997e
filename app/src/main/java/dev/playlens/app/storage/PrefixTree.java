package dev.playlens.app.storage;

import javafx.application.Platform;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import java.util.List;

/**
 * The folders of the current location as a tree. A folder's children are listed (first page) when it is first
 * expanded, and the listing of the folder being browsed fills them in too; picking a folder browses it.
 */
final class PrefixTree extends TreeView<String> {
    private static final String LOADING = "\u0000loading";
    private final StorageModel model;
    private final BrowserController browser;
    private boolean syncing;

    PrefixTree(StorageModel model, BrowserController browser) {
        this.model = model;
        this.browser = browser;
        setId("storage-tree");
        setShowRoot(true);
        setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(String prefix, boolean empty) {
                super.updateItem(prefix, empty);
                setText(empty || prefix == null ? null : label(prefix));
            }
        });
        model.location.addListener((obs, old, now) -> reset());
        model.entries.addListener((javafx.collections.ListChangeListener<dev.playlens.storage.ObjectInfo>) c ->
                fill(model.prefix.get(), model.entries.stream().filter(dev.playlens.storage.ObjectInfo::isPrefix)
                        .map(dev.playlens.storage.ObjectInfo::key).toList()));
        getSelectionModel().selectedItemProperty().addListener((obs, old, picked) -> {
            if (!syncing && picked != null && !LOADING.equals(picked.getValue()) && !picked.getValue().equals(model.prefix.get())) {
                browser.browse(picked.getValue());
            }
        });
    }

    private String label(String prefix) {
        if (LOADING.equals(prefix)) return "…";
        if (prefix.isEmpty()) return model.location.get() == null ? "" : model.location.get().name();
        int cut = prefix.lastIndexOf('/', prefix.length() - 2);
        return prefix.substring(cut + 1);
    }

    private void reset() {
        setRoot(model.location.get() == null ? null : folder(""));
        if (getRoot() != null) getRoot().setExpanded(true);
    }

    private TreeItem<String> folder(String prefix) {
        TreeItem<String> item = new TreeItem<>(prefix);
        item.getChildren().add(new TreeItem<>(LOADING));
        item.expandedProperty().addListener((obs, was, expanded) -> {
            if (expanded && isUnloaded(item)) load(item);
        });
        return item;
    }

    private static boolean isUnloaded(TreeItem<String> item) {
        return item.getChildren().size() == 1 && LOADING.equals(item.getChildren().getFirst().getValue());
    }

    private void load(TreeItem<String> item) {
        SavedLocation location = model.location.get();
        if (location == null) return;
        browser.folders(location, item.getValue()).whenComplete((folders, error) -> Platform.runLater(() -> {
            if (location.equals(model.location.get())) setChildren(item, error == null ? folders : List.of());
        }));
    }

    /** The listing of {@code prefix} showed these sub-folders: make the tree agree and select the folder. */
    private void fill(String prefix, List<String> folders) {
        TreeItem<String> item = find(getRoot(), prefix);
        if (item == null) return;
        if (isUnloaded(item) || !folders.isEmpty()) setChildren(item, folders);
        item.setExpanded(true);
        syncing = true;
        try {
            getSelectionModel().select(item);
        } finally {
            syncing = false;
        }
    }

    private void setChildren(TreeItem<String> item, List<String> folders) {
        List<String> have = item.getChildren().stream().map(TreeItem::getValue).toList();
        if (have.equals(folders)) return;
        item.getChildren().setAll(folders.stream().map(this::folder).toList());
    }

    private static TreeItem<String> find(TreeItem<String> from, String prefix) {
        if (from == null) return null;
        if (prefix.equals(from.getValue())) return from;
        for (TreeItem<String> child : from.getChildren()) {
            if (prefix.startsWith(child.getValue()) && !LOADING.equals(child.getValue())) {
                TreeItem<String> hit = find(child, prefix);
                if (hit != null) return hit;
            }
        }
        return null;
    }
}
