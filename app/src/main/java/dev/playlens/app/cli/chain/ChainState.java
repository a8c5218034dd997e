package dev.playlens.app.cli.chain;

import dev.playlens.ml.data.RawTable;
import dev.playlens.publish.Prediction;
import dev.playlens.publish.ScoringModel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the score step hands to the publish step: the users, their features and their predictions. */
final class ChainState {
    private Scored scored;

    record Scored(ScoringModel model, RawTable features, String idColumn, String sourceName, List<Prediction> predictions) {
    }

    void scored(Scored s) {
        this.scored = s;
    }

    Scored scored() {
        if (scored == null) throw new IllegalStateException("nothing was scored");
        return scored;
    }

    /**
     * The scored predictions as a {@link ScoringModel}, so the publisher sends exactly what the score step
     * computed (same scores, same time) instead of scoring every user a second time.
     */
    ScoringModel precomputed() {
        Scored s = scored();
        Map<String, Prediction> byUser = new HashMap<>(Math.max(16, s.predictions().size() * 2));
        for (Prediction p : s.predictions()) byUser.put(p.userId(), p);
        return new ScoringModel() {
            @Override
            public String name() {
                return s.model().name();
            }

            @Override
            public int version() {
                return s.model().version();
            }

            @Override
            public List<Prediction> score(RawTable rows, String[] userIds, Instant scoredAt) {
                List<Prediction> out = new ArrayList<>(userIds.length);
                for (String id : userIds) out.add(byUser.get(id));
                return out;
            }
        };
    }
}
