package dev.playlens.warehouse.query;

public enum QueryStatus {
    SUCCEEDED, FAILED, CANCELLED
}
