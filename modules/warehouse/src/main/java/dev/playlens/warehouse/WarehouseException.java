package dev.playlens.warehouse;

/** A warehouse could not be opened or prepared; the message names the location and the cause. */
public class WarehouseException extends RuntimeException {
    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
