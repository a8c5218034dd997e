package dev.playlens.app.cli.chain;

import dev.playlens.core.job.JobContext;
import dev.playlens.publish.PublishResult;
import dev.playlens.publish.PublishTarget;
import dev.playlens.publish.Publisher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** publish: the score step's predictions to every target, each switched to the new set atomically. */
final class PublishStep implements ChainStep {
    private final List<PublishTarget> targets;

    /** The targets are parsed when the chain is built, so a malformed one stops it before any step runs. */
    PublishStep(List<PublishTarget> targets) {
        this.targets = List.copyOf(targets);
    }

    @Override
    public String name() {
        return "publish";
    }

    @Override
    public Result run(ChainState state, JobContext context) throws Exception {
        ChainState.Scored s = state.scored();
        PublishResult r = new Publisher(Optional.empty()).publish(state.precomputed(), s.features(), s.idColumn(),
                s.sourceName(), targets, context);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", r.model());
        json.put("version", r.version());
        json.put("rows", r.rows());
        List<Map<String, Object>> written = new ArrayList<>();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s:%d for %,d users →", r.model(), r.version(), r.rows()));
        for (PublishResult.TargetResult t : r.targets()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("to", t.to());
            m.put("written", t.written());
            written.add(m);
            line.append(String.format(Locale.ROOT, " %s: %,d;", t.to(), t.written()));
        }
        json.put("targets", written);
        line.setLength(line.length() - 1);
        return new Result(json, line.toString());
    }
}
