package dev.playlens.app.publish;

import java.time.Duration;
import java.util.List;

/** One publish as the screen asks for it: model version, data, id column (blank: user_id / client_id), targets, TTL. */
public record PublishRequest(String model, int version, PublishSettings.DataKind dataKind, String data, String idColumn,
                             List<String> targets, Duration ttl) {

    public PublishRequest {
        targets = List.copyOf(targets);
    }
}
