package dev.playlens.publish;

import java.util.List;

/** What {@code playlens publish --json} prints: {"model","version","rows","targets":[{"to","written"}]}. */
public record PublishResult(String model, int version, long rows, List<TargetResult> targets) {

    public PublishResult {
        targets = List.copyOf(targets);
    }

    public record TargetResult(String to, long written) {
    }
}
