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
        return item.getChildren().stream().anyMatch(c -> LOADING.equals(c.getValue()));
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
        if (getRoot() == null) return;
        TreeItem<String> item = ensurePath(prefix);
        if (isUnloaded(item) || !folders.isEmpty()) setChildren(item, folders);
        item.setExpanded(true);
        syncing = true;
        try {
            getSelectionModel().select(item);
        } finally {
            syncing = false;
        }
    }

    /** The node of {@code prefix}, adding the folders on the way when browsing jumped past them. */
    private TreeItem<String> ensurePath(String prefix) {
        TreeItem<String> node = getRoot();
        int from = 0;
        int slash;
        while ((slash = prefix.indexOf('/', from)) >= 0) {
            String partial = prefix.substring(0, slash + 1);
            TreeItem<String> child = node.getChildren().stream().filter(c -> partial.equals(c.getValue())).findFirst().orElse(null);
            if (child == null) {
                child = folder(partial);
                node.getChildren().add(child);
            }
            node.setExpanded(true);
            node = child;
            from = slash + 1;
        }
        return node;
    }

    /** Sets the listed sub-folders, keeping the nodes (and their state) of folders already in the tree. */
    private void setChildren(TreeItem<String> item, List<String> folders) {
        java.util.TreeMap<String, TreeItem<String>> merged = new java.util.TreeMap<>();
        for (TreeItem<String> c : item.getChildren()) if (!LOADING.equals(c.getValue())) merged.put(c.getValue(), c);
        for (String f : folders) merged.computeIfAbsent(f, this::folder);
        if (!item.getChildren().equals(List.copyOf(merged.values()))) item.getChildren().setAll(merged.values());
    }
}
