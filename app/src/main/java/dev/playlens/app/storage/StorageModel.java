package dev.playlens.app.storage;

import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.StagedUploads.PendingUpload;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Storage screen's state (FX thread): locations, the folder being browsed and its page, the preview. */
public final class StorageModel {
    public static final int DEFAULT_PAGE_SIZE = 1000;

    final ObservableList<SavedLocation> locations = FXCollections.observableArrayList();
    final ObjectProperty<SavedLocation> location = new SimpleObjectProperty<>();
    /** The folder shown, relative to the location: "" or ending in "/". */
    final StringProperty prefix = new SimpleStringProperty("");
    final ObservableList<ObjectInfo> entries = FXCollections.observableArrayList();
    final IntegerProperty pageSize = new SimpleIntegerProperty(DEFAULT_PAGE_SIZE);
    /** 0-based page of the folder listing. */
    final IntegerProperty page = new SimpleIntegerProperty();
    final BooleanProperty hasNextPage = new SimpleBooleanProperty();
    final BooleanProperty listing = new SimpleBooleanProperty();
    final StringProperty status = new SimpleStringProperty("Add a location to start browsing.");
    /** A clear message when the store refused or could not be reached; null when all is well. */
    final StringProperty error = new SimpleStringProperty();
    final ObjectProperty<Preview> preview = new SimpleObjectProperty<>();
    final BooleanProperty previewing = new SimpleBooleanProperty();
    final ObservableList<PendingUpload> abandoned = FXCollections.observableArrayList();
    /** Cleaning leaves uploads younger than this alone: they may belong to a copy that is still running. */
    final ObjectProperty<java.time.Duration> cleanMinAge = new SimpleObjectProperty<>(java.time.Duration.ofHours(1));
    final StringProperty abandonedStatus = new SimpleStringProperty("List the uploads that were started and never finished.");

    public ObservableList<SavedLocation> locations() {
        return locations;
    }

    public ObjectProperty<SavedLocation> locationProperty() {
        return location;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public ObservableList<ObjectInfo> entries() {
        return entries;
    }

    public IntegerProperty pageSizeProperty() {
        return pageSize;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public BooleanProperty hasNextPageProperty() {
        return hasNextPage;
    }

    public BooleanProperty listingProperty() {
        return listing;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<Preview> previewProperty() {
        return preview;
    }

    public BooleanProperty previewingProperty() {
        return previewing;
    }

    public ObservableList<PendingUpload> abandoned() {
        return abandoned;
    }

    public ObjectProperty<java.time.Duration> cleanMinAgeProperty() {
        return cleanMinAge;
    }

    public StringProperty abandonedStatusProperty() {
        return abandonedStatus;
    }
}
