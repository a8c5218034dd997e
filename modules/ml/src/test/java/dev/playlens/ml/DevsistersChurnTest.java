package dev.playlens.ml;

import dev.playlens.core.job.JobContext;
import dev.playlens.ml.model.Algorithm;
import dev.playlens.ml.model.TrainParams;
import dev.playlens.ml.train.TrainRequest;
import dev.playlens.ml.train.TrainResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed's demo churn set: label churn_YN (Y/N), '?' for missing, a row-number column to drop. */
class DevsistersChurnTest {

    @Test
    void trainsEndToEndWithMissingValuesAndRowIndex() throws Exception {
        TrainRequest request = TrainRequest.of(Fixtures.devsisters(), "churn_YN", "Y")
                .withParams(TrainParams.defaults(Algorithm.GBT).withTrees(60));
        TrainResult r = Fixtures.training(null).train(request, JobContext.silent());
        System.out.println("devsisters GBT: " + r.summary());
        System.out.println(String.join("\n", r.dataReport()));
        assertThat(r.trainRows() + r.testRows()).isEqualTo(32_561);
        assertThat(r.metrics().positives()).isEqualTo(4944); // 24,720 Y * 0.2
        assertThat(r.dataReport()).anyMatch(l -> l.startsWith("country: 583 value(s) treated as missing"));
        assertThat(r.dataReport()).anyMatch(l -> l.startsWith("dropped idx: ID-like"));
        assertThat(r.features()).contains("country=<missing>").doesNotContain("idx");
        // The columns are a renamed census set with a well-known signal; anything near 0.5 would mean a broken pipeline.
        assertThat(r.metrics().auc()).isGreaterThan(0.85);
    }
}
