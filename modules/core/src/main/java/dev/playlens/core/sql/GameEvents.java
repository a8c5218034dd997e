package dev.playlens.core.sql;

/**
 * The warehouse's telemetry table. One row per unique {@code event_id}; {@code event_timestamp} is a
 * UTC TIMESTAMP converted from the event's epoch milliseconds; {@code session_id} is promoted from
 * the event's extra fields when present; {@code extra} holds the remaining extra fields as JSON text.
 */
public final class GameEvents {
    public static final String TABLE = "game_events";

    public static final String EVENT_ID = "event_id";
    public static final String APP_NAME = "app_name";
    public static final String EVENT_VERSION = "event_version";
    public static final String EVENT_TYPE = "event_type";
    public static final String EVENT_TIMESTAMP = "event_timestamp";
    public static final String CLIENT_ID = "client_id";
    public static final String APP_VERSION = "app_version";
    public static final String LEVEL_ID = "level_id";
    public static final String POSITION_X = "position_x";
    public static final String POSITION_Y = "position_y";
    public static final String SESSION_ID = "session_id";
    public static final String EXTRA = "extra";

    private GameEvents() {
    }
}
