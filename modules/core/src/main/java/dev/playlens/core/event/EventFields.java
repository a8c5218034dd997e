package dev.playlens.core.event;

import java.util.List;

/** The JSON field names of the telemetry schema, in the order the warehouse table uses. */
public final class EventFields {
    public static final String APP_NAME = "app_name";
    public static final String EVENT_VERSION = "event_version";
    public static final String EVENT_ID = "event_id";
    public static final String EVENT_TYPE = "event_type";
    public static final String EVENT_TIMESTAMP = "event_timestamp";
    public static final String CLIENT_ID = "client_id";
    public static final String APP_VERSION = "app_version";
    public static final String LEVEL_ID = "level_id";
    public static final String POSITION_X = "position_x";
    public static final String POSITION_Y = "position_y";

    public static final List<String> REQUIRED =
            List.of(APP_NAME, EVENT_VERSION, EVENT_ID, EVENT_TYPE, EVENT_TIMESTAMP, CLIENT_ID);
    public static final List<String> OPTIONAL = List.of(APP_VERSION, LEVEL_ID, POSITION_X, POSITION_Y);

    private EventFields() {
    }
}
